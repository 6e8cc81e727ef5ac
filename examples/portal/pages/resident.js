// @ts-check
// The resident's page: post a micro-wish (the micro-wish template's request form, in
// <yz-task>), follow it (<yz-timeline>, live), and rate the service when asked.
import '@yizhan/elements/define';
import { demoClient, h, mountTask, startRolePage, t, widget } from './session.js';

const text = t({
  'zh-CN': {
    title: '我的微心愿',
    notice: '这个页面是给居民用的。请在页面顶部把身份切换为“居民 李梅”。',
    post: '提交新的微心愿',
    posting: '正在创建…',
    mine: '我提交过的心愿',
    none: '您还没有提交过微心愿。点上面的按钮写下您的心愿。',
    draft: '（还没有填写）',
    back: '返回我的心愿',
    wish: '微心愿',
    follow: '办理进度',
    'state:request': '待填写',
    'state:review': '站长审核中',
    'state:match': '正在对接志愿者',
    'state:serve': '志愿者服务中',
    'state:evaluate': '请评价服务',
    'state:done': '已完成',
    failed: '出错了：{message}',
  },
  en: {
    title: 'My micro-wishes',
    notice: 'This page is for residents. Switch to “Resident Li Mei” at the top of the page.',
    post: 'Post a new micro-wish',
    posting: 'Creating…',
    mine: 'Wishes I posted',
    none: 'You have not posted a micro-wish yet. Use the button above to write one.',
    draft: '(not filled in yet)',
    back: 'Back to my wishes',
    wish: 'Micro-wish',
    follow: 'Progress',
    'state:request': 'To fill in',
    'state:review': 'Under review',
    'state:match': 'Finding a volunteer',
    'state:serve': 'Being served',
    'state:evaluate': 'Please rate the service',
    'state:done': 'Done',
    failed: 'Something went wrong: {message}',
  },
});

/**
 * The words for where a wish stands.
 * @param {{ status: string, state: readonly string[] }} instance
 */
function stateOf(instance) {
  if (instance.status === 'done') return text('state:done');
  const step = instance.state[0] ?? '';
  const key = `state:${step.split('.')[0]}`;
  const words = text(key);
  return words === key ? step : words;
}

const client = demoClient();

/** @param {HTMLElement} main */
async function listWishes(main) {
  const post = h('button', { type: 'button' }, [text('post')]);
  const problem = h('p', { class: 'error', role: 'alert' });
  post.addEventListener('click', async () => {
    post.setAttribute('disabled', '');
    post.textContent = text('posting');
    const started = await client.start('micro-wish');
    if (!started.ok) {
      problem.textContent = text('failed', { message: started.problem.message });
      post.removeAttribute('disabled');
      post.textContent = text('post');
      return;
    }
    location.assign(`/resident.html?wish=${encodeURIComponent(started.value.id)}`);
  });
  const section = h('section', { 'aria-labelledby': 'mine' }, [
    h('h2', { id: 'mine' }, [text('mine')]),
  ]);
  main.append(h('p', {}, [post]), problem, section);
  /** @type {import('@yizhan/elements/client').ClientResult<{ instances: { id: string }[] }>} */
  const listed = await client.request('GET', '/instances?flowId=micro-wish');
  if (!listed.ok) {
    section.append(
      h('p', { class: 'error' }, [text('failed', { message: listed.problem.message })]),
    );
    return;
  }
  if (listed.value.instances.length === 0) {
    section.append(h('p', { class: 'status' }, [text('none')]));
    return;
  }
  const list = h('ul', { class: 'list' });
  for (const summary of [...listed.value.instances].reverse()) {
    const loaded = await client.instance(summary.id);
    if (!loaded.ok) continue;
    const wish =
      typeof loaded.value.data.wish === 'string' ? loaded.value.data.wish : text('draft');
    list.append(
      h('li', {}, [
        h('span', { class: 'state' }, [stateOf(loaded.value)]),
        ' ',
        h('a', { href: `/resident.html?wish=${encodeURIComponent(summary.id)}` }, [wish]),
      ]),
    );
  }
  section.append(list);
}

/**
 * @param {HTMLElement} main
 * @param {string} id
 */
function showWish(main, id) {
  main.append(h('p', {}, [h('a', { href: '/resident.html' }, [text('back')])]));
  const taskSection = h('section', { 'aria-label': text('wish') });
  mountTask(taskSection, id);
  const follow = h('section', { 'aria-labelledby': 'follow' }, [
    h('h2', { id: 'follow' }, [text('follow')]),
    widget('yz-timeline', { instance: id, live: '' }),
  ]);
  main.append(taskSection, follow);
}

const { main } = await startRolePage(text('title'), 'resident', text('notice'));
const wish = new URLSearchParams(location.search).get('wish');
if (wish === null) await listWishes(main);
else showWish(main, wish);
