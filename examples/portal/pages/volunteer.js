// @ts-check
// The volunteer's page: my open tasks (<yz-my-tasks>), one task to act on (<yz-task>:
// accept, check in, check out, report), and my hours and star level from the ledger.
import '@yizhan/elements/define';
import { demoFetch, h, hoursStatus, lang, mountTask, startRolePage, t, widget } from './session.js';

const text = t({
  'zh-CN': {
    title: '我的志愿任务',
    notice: '这个页面是给志愿者用的。请在页面顶部把身份切换为“志愿者 张伟”。',
    back: '返回我的任务',
    hours: '我的时长与星级',
    counted: '已计入时长',
    inNotice: '公示中（{days} 天后计入）',
    stars: '星级',
    starsLabel: '{stars} 星（共 5 星）',
    next: '再服务 {hours} 小时可达 {stars} 星。',
    top: '已是最高星级，谢谢您！',
    entries: '服务记录',
    none: '还没有服务记录。',
    hoursUnit: '{hours} 小时',
    failed: '无法加载时长：{message}',
  },
  en: {
    title: 'My volunteer tasks',
    notice: 'This page is for volunteers. Switch to “Volunteer Zhang Wei” at the top of the page.',
    back: 'Back to my tasks',
    hours: 'My hours and stars',
    counted: 'Hours counted',
    inNotice: 'In notice (count after {days} days)',
    stars: 'Stars',
    starsLabel: '{stars} of 5 stars',
    next: '{hours} more hours to reach {stars} stars.',
    top: 'You have the highest star level. Thank you!',
    entries: 'Service record',
    none: 'No services recorded yet.',
    hoursUnit: '{hours} h',
    failed: 'Could not load the hours: {message}',
  },
});

const number = new Intl.NumberFormat(lang(), { maximumFractionDigits: 2 });

/** @param {HTMLElement} section */
async function showHours(section) {
  /** @type {any} */
  let hours;
  try {
    hours = await demoFetch('/demo/hours');
  } catch (error) {
    section.append(
      h('p', { class: 'error' }, [
        text('failed', { message: String(/** @type {Error} */ (error).message) }),
      ]),
    );
    return;
  }
  if (hours.role !== 'volunteer') return;
  const stars = hours.progress.stars;
  section.append(
    h('dl', { class: 'figures' }, [
      h('div', {}, [
        h('dt', {}, [text('counted')]),
        h('dd', { 'data-testid': 'counted' }, [
          text('hoursUnit', { hours: number.format(hours.counted) }),
        ]),
      ]),
      h('div', {}, [
        h('dt', {}, [text('inNotice', { days: hours.noticeDays })]),
        h('dd', { 'data-testid': 'in-notice' }, [
          text('hoursUnit', { hours: number.format(hours.inNotice) }),
        ]),
      ]),
      h('div', {}, [
        h('dt', {}, [text('stars')]),
        h('dd', {}, [
          h('span', { class: 'stars', role: 'img', 'aria-label': text('starsLabel', { stars }) }, [
            '★'.repeat(stars) + '☆'.repeat(5 - stars),
          ]),
        ]),
      ]),
    ]),
    h('p', {}, [
      hours.progress.next === null
        ? text('top')
        : text('next', {
            hours: number.format(hours.progress.next.hoursToGo),
            stars: hours.progress.next.stars,
          }),
    ]),
    h('h3', {}, [text('entries')]),
  );
  if (hours.entries.length === 0) {
    section.append(h('p', { class: 'status' }, [text('none')]));
    return;
  }
  const list = h('ul', { class: 'list' });
  for (const entry of hours.entries)
    list.append(
      h('li', {}, [
        h('span', { class: 'state' }, [hoursStatus(entry.status)]),
        ` ${entry.date} · ${entry.project} · `,
        h('strong', {}, [text('hoursUnit', { hours: number.format(entry.hours) })]),
      ]),
    );
  section.append(list);
}

const { main } = await startRolePage(text('title'), 'volunteer', text('notice'));
const params = new URLSearchParams(location.search);
const instance = params.get('instance');
if (instance !== null) {
  main.append(h('p', {}, [h('a', { href: '/volunteer.html' }, [text('back')])]));
  const section = h('section', {});
  mountTask(section, instance, params.get('task') ?? '');
  main.append(section);
} else {
  main.append(
    h('section', {}, [
      widget('yz-my-tasks', { 'task-href': '/volunteer.html?instance={instance}&task={task}' }),
    ]),
  );
}
const hours = h('section', { 'aria-labelledby': 'hours' }, [
  h('h2', { id: 'hours' }, [text('hours')]),
]);
main.append(hours);
await showHours(hours);
