// @ts-check
// The coordinator's console: the task queue (<yz-my-tasks>), a task (<yz-task>: review),
// a micro-wish's candidates from the matching engine with their explanations and a
// button to match the chosen ones, and the hours of finished services to approve.
import '@yizhan/elements/define';
import {
  demoClient,
  demoFetch,
  h,
  hoursStatus,
  lang,
  mountTask,
  startRolePage,
  t,
  widget,
} from './session.js';

const text = t({
  'zh-CN': {
    title: '站长工作台',
    notice: '这个页面是给站长用的。请在页面顶部把身份切换为“站长 王晓红”。',
    queue: '任务队列',
    back: '返回任务队列',
    flows: '配置社区的项目流程',
    candidates: '推荐的志愿者',
    candidatesHelp: '匹配引擎按技能、距离、时间、负荷和评价给出的推荐，最多选 3 位。',
    eligible: '符合条件的共 {count} 位（含服务队）。',
    team: '服务队：{members}',
    score: '得分 {score}',
    excluded: '未推荐的志愿者及原因',
    match: '对接所选志愿者',
    matching: '正在对接…',
    matched: '已对接：{names}。志愿者会在“我的任务”里看到这项服务。',
    chooseOne: '请至少选择一位志愿者。',
    tooMany: '最多选择 3 位志愿者。',
    wish: '心愿内容',
    where: '地点',
    hours: '待审核的服务时长',
    hoursHelp: '签到到签退的实际时长已填好；确认无误后审核通过，公示 {days} 天后计入志愿者的时长。',
    noHours: '暂时没有待审核的时长。',
    measured: '实际记录 {hours} 小时',
    hoursLabel: '{names} 的服务时长（小时）',
    approve: '审核通过',
    approved: '已审核通过 {hours} 小时，公示后计入。',
    recent: '最近的时长记录',
    failed: '出错了：{message}',
  },
  en: {
    title: 'Coordinator console',
    notice:
      'This page is for coordinators. Switch to “Coordinator Wang Xiaohong” at the top of the page.',
    queue: 'Task queue',
    back: 'Back to the task queue',
    flows: "Configure the community's project flows",
    candidates: 'Suggested volunteers',
    candidatesHelp:
      'The matching engine ranks by skill, distance, time, load and ratings. Choose up to 3.',
    eligible: '{count} eligible in all (teams included).',
    team: 'Team: {members}',
    score: 'score {score}',
    excluded: 'Not suggested, and why',
    match: 'Match the chosen volunteers',
    matching: 'Matching…',
    matched: 'Matched: {names}. The volunteers see the service under “My tasks”.',
    chooseOne: 'Choose at least one volunteer.',
    tooMany: 'Choose at most 3 volunteers.',
    wish: 'Wish',
    where: 'Where',
    hours: 'Service hours to approve',
    hoursHelp:
      'The time between check-in and check-out is filled in; approve it when it is right. It counts after {days} days of public notice.',
    noHours: 'No hours are waiting for approval.',
    measured: 'recorded {hours} h',
    hoursLabel: 'Hours served by {names}',
    approve: 'Approve',
    approved: 'Approved {hours} h; they count after the notice period.',
    recent: 'Recent ledger entries',
    failed: 'Something went wrong: {message}',
  },
});

const client = demoClient();
const MAX = 3;

/**
 * The wish's details, its candidates with explanations, and the match button.
 * @param {HTMLElement} main
 * @param {string} id
 */
async function showCandidates(main, id) {
  const details = h('section', { 'aria-labelledby': 'wish-title' }, [
    h('h2', { id: 'wish-title' }, [text('wish')]),
  ]);
  const loaded = await client.instance(id);
  if (loaded.ok) {
    const data = /** @type {Record<string, any>} */ (loaded.value.data);
    const place = data.place ?? {};
    details.append(
      h('p', {}, [String(data.wish ?? '')]),
      h('p', {}, [
        `${text('where')}：${[place.building && `${place.building}栋`, place.unit && `${place.unit}单元`, place.room].filter(Boolean).join('')}`,
      ]),
    );
  }
  main.append(details);
  const section = h('section', { 'aria-labelledby': 'candidates-title' }, [
    h('h2', { id: 'candidates-title' }, [text('candidates')]),
  ]);
  main.append(section);
  /** @type {any} */
  let ranking;
  try {
    ranking = await demoFetch(`/demo/candidates/${encodeURIComponent(id)}`);
  } catch (error) {
    section.append(
      h('p', { class: 'error', role: 'alert' }, [
        text('failed', { message: /** @type {Error} */ (error).message }),
      ]),
    );
    return;
  }
  const form = h('form', { class: 'candidates' });
  const fieldset = h('fieldset', {}, [h('legend', {}, [text('candidatesHelp')])]);
  const list = h('ul', { class: 'list' });
  ranking.candidates.forEach((/** @type {any} */ candidate, /** @type {number} */ index) => {
    const ids = candidate.kind === 'team' ? candidate.members : [candidate.id];
    const inputId = `candidate-${index}`;
    const explainId = `explain-${index}`;
    const input = h('input', {
      type: 'checkbox',
      id: inputId,
      value: ids.join(','),
      'aria-describedby': explainId,
    });
    const label = h('label', { for: inputId }, [
      input,
      h('span', {}, [
        h('strong', {}, [candidate.name]),
        ` · ${text('score', { score: candidate.score.toFixed(3) })}`,
        ...(candidate.kind === 'team'
          ? [h('br'), text('team', { members: candidate.memberNames.join('、') })]
          : []),
      ]),
    ]);
    const parts = h(
      'ul',
      { class: 'parts' },
      candidate.parts.map((/** @type {any} */ part) => h('li', {}, [part.text])),
    );
    list.append(h('li', { class: 'candidate' }, [label, h('div', { id: explainId }, [parts])]));
  });
  fieldset.append(
    list,
    h('p', { class: 'status' }, [text('eligible', { count: ranking.eligible })]),
  );
  const outcome = h('p', { role: 'status' });
  const submit = h('button', { type: 'submit' }, [text('match')]);
  form.append(fieldset, submit, outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll('input:checked')].flatMap((input) =>
      /** @type {HTMLInputElement} */ (input).value.split(','),
    );
    const volunteerIds = [...new Set(chosen)];
    if (volunteerIds.length === 0 || volunteerIds.length > MAX) {
      outcome.className = 'error';
      outcome.textContent = text(volunteerIds.length === 0 ? 'chooseOne' : 'tooMany');
      return;
    }
    submit.setAttribute('disabled', '');
    submit.textContent = text('matching');
    const sent = await client.send(id, { task: 'match', action: 'match', data: { volunteerIds } });
    submit.removeAttribute('disabled');
    submit.textContent = text('match');
    if (!sent.ok) {
      outcome.className = 'error';
      outcome.textContent = text('failed', { message: sent.problem.message });
      return;
    }
    const names = ranking.candidates
      .filter((/** @type {any} */ c) => c.kind === 'volunteer' && volunteerIds.includes(c.id))
      .map((/** @type {any} */ c) => c.name);
    outcome.className = '';
    outcome.textContent = text('matched', {
      names: (names.length > 0 ? names : volunteerIds).join('、'),
    });
    submit.remove();
    fieldset.setAttribute('disabled', '');
  });
  section.append(form);
  if (ranking.excluded.length > 0)
    section.append(
      h('details', {}, [
        h('summary', {}, [text('excluded')]),
        h(
          'ul',
          { class: 'parts' },
          ranking.excluded.map((/** @type {any} */ miss) => h('li', {}, [miss.message])),
        ),
      ]),
    );
}

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
        text('failed', { message: /** @type {Error} */ (error).message }),
      ]),
    );
    return;
  }
  if (hours.role !== 'coordinator') return;
  section.append(h('p', { class: 'status' }, [text('hoursHelp', { days: hours.noticeDays })]));
  if (hours.toApprove.length === 0) section.append(h('p', {}, [text('noHours')]));
  const list = h('ul', { class: 'list' });
  hours.toApprove.forEach((/** @type {any} */ item, /** @type {number} */ index) => {
    const names = item.volunteers.map((/** @type {any} */ v) => v.name).join('、');
    const inputId = `hours-${index}`;
    const input = h('input', {
      type: 'number',
      id: inputId,
      min: '0.5',
      max: '24',
      step: '0.5',
      value: String(item.suggestedHours),
    });
    const button = h('button', { type: 'button' }, [text('approve')]);
    const outcome = h('p', { role: 'status' });
    button.addEventListener('click', async () => {
      button.setAttribute('disabled', '');
      try {
        const answer = await demoFetch('/demo/hours', {
          method: 'POST',
          body: {
            instanceId: item.instanceId,
            hours: Number(/** @type {HTMLInputElement} */ (input).value),
          },
        });
        outcome.className = '';
        outcome.textContent = text('approved', { hours: number.format(answer.hours) });
        button.remove();
        input.setAttribute('disabled', '');
      } catch (error) {
        outcome.className = 'error';
        outcome.textContent = text('failed', { message: /** @type {Error} */ (error).message });
        button.removeAttribute('disabled');
      }
    });
    list.append(
      h('li', {}, [
        h('p', {}, [
          h('strong', {}, [names]),
          ` · ${item.wish} · ${text('measured', { hours: number.format(item.measuredHours) })}`,
        ]),
        h('div', { class: 'hours-row' }, [
          h('label', { for: inputId }, [text('hoursLabel', { names })]),
          input,
          button,
        ]),
        outcome,
      ]),
    );
  });
  section.append(list, h('h3', {}, [text('recent')]));
  section.append(
    h(
      'ul',
      { class: 'parts' },
      hours.recent.map((/** @type {any} */ entry) =>
        h('li', {}, [
          `${entry.date} · ${entry.volunteerName} · ${entry.project} · ${number.format(entry.hours)} h · ${hoursStatus(entry.status)}`,
        ]),
      ),
    ),
  );
}

const { main, session } = await startRolePage(text('title'), 'coordinator', text('notice'));
const params = new URLSearchParams(location.search);
const instance = params.get('instance');
const key = params.get('task') ?? '';
// Someone else (after the role switcher's reload) sees only the notice: the queue,
// candidates and hours are the coordinator's.
if (session.role !== 'coordinator') {
  // nothing more to show
} else if (instance !== null) {
  main.append(h('p', {}, [h('a', { href: '/coordinator.html' }, [text('back')])]));
  if (key === 'match') await showCandidates(main, instance);
  else {
    const section = h('section', {});
    mountTask(section, instance, key);
    main.append(section);
  }
} else {
  main.append(
    h('section', {}, [
      widget('yz-my-tasks', { 'task-href': '/coordinator.html?instance={instance}&task={task}' }),
    ]),
    h('p', {}, [h('a', { href: '/flows.html' }, [text('flows')])]),
  );
  const hours = h('section', { 'aria-labelledby': 'hours-title' }, [
    h('h2', { id: 'hours-title' }, [text('hours')]),
  ]);
  main.append(hours);
  await showHours(hours);
}
