// The host page's own script: switch the language and show what <yz-form> submitted.
const form = document.querySelector('#signup');
const localeSelect = document.querySelector('#locale');
const result = document.querySelector('#result');
const large = document.querySelector('#large');

localeSelect.addEventListener('change', () => {
  form.locale = localeSelect.value;
  document.documentElement.lang = localeSelect.value;
});

// Large text and high contrast for elderly residents: a theme of <yz-form>.
large.addEventListener('change', () => {
  form.theme = large.checked ? 'large' : undefined;
});

form.addEventListener('yz-submit', (event) => {
  const { data } = event.detail;
  result.textContent =
    form.locale === 'en'
      ? `Thank you, ${data.name}! Your sign-up was received.`
      : `谢谢您，${data.name}！报名已收到。`;
});
