// The host page's own script: switch the language and show what <yz-form> submitted.
const form = document.querySelector('#signup');
const localeSelect = document.querySelector('#locale');
const result = document.querySelector('#result');

localeSelect.addEventListener('change', () => {
  form.locale = localeSelect.value;
  document.documentElement.lang = localeSelect.value;
});

form.addEventListener('yz-submit', (event) => {
  const { data } = event.detail;
  result.textContent =
    form.locale === 'en'
      ? `Thank you, ${data.name}! Your sign-up was received.`
      : `谢谢您，${data.name}！报名已收到。`;
});
