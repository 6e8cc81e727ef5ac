import type { DescriptionTable } from '../describe-json-schema';

// Texts shared by every place an assignment or an overdue action is written.
const ASSIGN_ROLES =
  'Role ids from roles whose holders may act, such as coordinator. 可处理的角色 id（须在 roles 中定义），如 coordinator。';
const ASSIGN_ASSIGNEE =
  'An expression giving the actor ids who may act: startedBy (who started it), volunteers (matched or enrolled volunteers), a form field holding an id, or another expression. 指定处理人的表达式，如 startedBy、volunteers 或表单字段。';
const ASSIGN_GROUPS =
  'Group ids whose members may act, such as a service team chongwen-team; the application says which groups an actor belongs to. 候选组 id，组内成员可处理，如某志愿服务队。';
const DUE =
  'How long the task may stay open, as an ISO 8601 duration in whole numbers counted from when the step began: P2D two days, PT4H four hours, P1W a week. Needed for overdue. 处理时限（如 P2D、PT4H），自步骤开始计算。';
const OVERDUE =
  'What happens, once, if the task is still open when due has passed: goto a step, reassign the task or notify someone. Without due it never fires. 超时处理（仅一次）：跳转、改派或提醒；须同时设置 due。';
const OVERDUE_ACTION =
  'goto: leave the step for step. reassign: from then on the task is for to instead of assign. notify: send message to to; the task stays as it is. 超时动作：goto 跳转，reassign 改派，notify 发提醒。';
const OVERDUE_STEP =
  'With goto: the id of the step the instance goes to when the task is overdue, such as an end step expired. 超时后跳转到的步骤 id，如 expired。';
const OVERDUE_TO =
  'With reassign: who may act on the task from then on, replacing assign. With notify: who gets the reminder. Written like assign. 改派时为新的处理人；提醒时为接收人。';
const OVERDUE_ROLES =
  'Role ids from roles: with reassign their holders may act, with notify the reminder is addressed to them. 角色 id：改派后的处理角色或提醒对象。';
const OVERDUE_ASSIGNEE =
  'An expression giving actor ids (startedBy, volunteers or a form field): with reassign they may act, with notify they get the reminder. 处理人或提醒对象的表达式。';
const OVERDUE_GROUPS =
  'Group ids: with reassign their members may act. A notify message carries only ids and roles, not groups, so name roles or assignee for it. 候选组：改派时组内成员可处理；提醒不发给组。';
const OVERDUE_MESSAGE =
  'With notify: the reminder, a text or one per language, such as 有微心愿待审核，已超过两天。 提醒内容，可按语言分别填写。';
const CHANNEL =
  'How the application should deliver the message, such as sms or wechat; default when left out. 发送渠道（如 sms），不填为 default，由应用投递。';

/**
 * What each property of a flow definition means, by path (see `DescriptionTable`): the
 * descriptions of `schemas/flow.schema.json`, shown by editors as a coordinator types and
 * in the generated reference (docs/reference/flow.md). English, then Chinese.
 */
export const FLOW_DESCRIPTIONS: DescriptionTable = {
  schemaVersion: 'The definition format version: 1. 定义格式版本，目前为 1。',
  id: 'The flow id: lowercase letters, digits and hyphens, up to 64 characters, such as micro-wish. Instances name their flow by it. 流程标识：小写字母、数字和连字符，如 micro-wish。',
  version:
    'The version of this definition, a whole number from 1. Raise it when changing a flow in use: running instances keep the version they started with. 版本号（从 1 起）；进行中的实例保持启动时的版本。',
  title:
    'The flow name people see: a text, or one per language as zh-CN and en, such as 微心愿. 流程名称：文本，或按语言分别填写 zh-CN 与 en。',
  description:
    'Optional explanation of the flow for coordinators and residents; a text or one per language. 流程说明（可选），可按语言分别填写。',
  roles:
    'The roles people act with in this flow, such as resident, coordinator (站长) and volunteer; every role an assignment names must be here. 流程中的角色，如居民、站长、志愿者；任务分配引用的角色须在此列出。',
  'roles[].id':
    'The role id used in assign.roles: a letter, then letters, digits, _ or -, such as coordinator. 角色标识，供 assign.roles 引用，如 coordinator。',
  'roles[].title':
    'The role name people see, such as 站长 or Volunteer; a text or one per language. 角色名称，如 站长、志愿者。',
  forms:
    'The forms the steps use, named by their id: a whole form definition written here, or a ref to a form the application supplies. 步骤使用的表单：直接写入的表单定义，或引用应用提供的表单。',
  'forms[].ref':
    'The id of a form the application supplies when it reads the flow (parseFlow option forms), such as wish-request; an id it does not supply is reported. 引用的表单 id，由应用在解析流程时提供。',
  start:
    'The id of the first step; the first of steps when left out. 起始步骤 id；不填则为 steps 中的第一步。',
  steps:
    'The steps, each with an id and a type. Every step must be reachable from start, and an end step reachable from every step. 流程步骤；每一步都须可从起点到达，并能走到结束步骤。',

  'steps[].id':
    'The step id, unique in the flow: a letter, then letters, digits, _ or - (no dots), up to 64 characters, such as review. Other steps name it in next. 步骤标识，流程内唯一，不含点号，如 review。',
  'steps[].title':
    'The step name, shown as the task title in task lists and diagrams (the id when left out), such as 站长审核; a text or one per language. 步骤名称，显示为任务标题；不填时显示 id。',
  'steps[].description':
    'Optional notes on the step for the people who configure it; a text or one per language. 步骤说明（可选）。',
  'steps[].type':
    'The step type: form, approval, match, serve, evaluate, branch, wait, notify, signup or end. It decides the other properties. 步骤类型，决定其余属性。',
  'steps[](type=form).type':
    'form: a person fills in form (action submit) and the instance goes on to next. 表单步骤：填写表单后进入 next。',
  'steps[](type=approval).type':
    'approval (审核): approve to next, reject to reject or return to return; a comment is required to reject or return. 审核：通过、驳回或退回，驳回和退回须填写意见。',
  'steps[](type=match).type':
    'match (对接): the coordinator chooses min to max volunteers (action match with volunteerIds); with ranking the matching engine suggests them or, in auto mode, picks them. 对接：选择志愿者，可由匹配引擎推荐或自动选取。',
  'steps[](type=serve).type':
    'serve (服务): a matched volunteer accepts (or declines), checks in and checks out; the hours between are recorded and added to the instance hours. 服务：接受、签到、签退，记录服务时长。',
  'steps[](type=evaluate).type':
    'evaluate (评价): the beneficiary rates the service with form; with volunteer, the volunteer fills a form too and the step waits for both. 评价：受益人评价；可让志愿者也填写，两者都提交后继续。',
  'steps[](type=branch).type':
    'branch: goes at once to the next of the first branch whose when is true, else to otherwise; nobody acts. 分支：按条件立即转向，无人工任务。',
  'steps[](type=wait).type':
    'wait: pauses the instance for a duration (for), until a time (until) or until the time in a form field (untilField); exactly one of the three. 等待：按时长、时间点或字段中的时间暂停，三选一。',
  'steps[](type=notify).type':
    'notify: writes a message (to, message, channel) for the application to deliver and goes on to next at once. 通知：写入待发送的消息后立即进入 next。',
  'steps[](type=signup).type':
    'signup (报名): volunteers sign up until capacity is reached, then join a waitlist; whoever closeBy names closes the sign-up. 报名：满额后进入候补，由 closeBy 指定的人截止报名。',
  'steps[](type=end).type':
    'end: the instance is finished. A flow needs at least one end step, reachable from every step. 结束：实例完成；每一步都须能走到结束步骤。',

  'steps[].assign':
    'Who may act on the task: anyone holding one of roles, whose id assignee gives, or in one of candidateGroups; at least one of the three. 谁可以处理该任务：角色、指定人或候选组，至少填一项。',
  'steps[](type=match).assign':
    'Who chooses the volunteers, usually the coordinator (roles coordinator); written like any assign. 谁来选择志愿者，通常为站长（coordinator）。',
  'steps[](type=serve).assign':
    'Who accepts, checks in and checks out, usually the matched volunteers (assignee volunteers), perhaps with the coordinator role. 谁来接受、签到、签退，通常为 volunteers。',
  'steps[](type=evaluate).assign':
    'Who rates the service, usually the resident who posted the wish (assignee startedBy). 谁来评价，通常为发起人（startedBy）。',
  'steps[](type=signup).assign':
    'Who may sign up or cancel, such as roles volunteer. 谁可以报名或取消报名，如志愿者角色。',
  'steps[].assign.roles': ASSIGN_ROLES,
  'steps[].assign.assignee': ASSIGN_ASSIGNEE,
  'steps[].assign.candidateGroups': ASSIGN_GROUPS,
  'steps[].due': DUE,
  'steps[].overdue': OVERDUE,
  'steps[].overdue.action': OVERDUE_ACTION,
  'steps[].overdue.step': OVERDUE_STEP,
  'steps[].overdue.to': OVERDUE_TO,
  'steps[].overdue.to.roles': OVERDUE_ROLES,
  'steps[].overdue.to.assignee': OVERDUE_ASSIGNEE,
  'steps[].overdue.to.candidateGroups': OVERDUE_GROUPS,
  'steps[].overdue.message': OVERDUE_MESSAGE,
  'steps[].overdue.channel': CHANNEL,

  'steps[].form':
    'The id of a form from forms shown with the task. 任务使用的表单 id（来自 forms）。',
  'steps[](type=form).form':
    'The id of the form to fill in (from forms), such as wish-request; its answers join the instance data, where later steps and expressions read them. 要填写的表单 id；答案并入实例数据。',
  'steps[](type=approval).form':
    'Optional: the id of a form (from forms) the approver fills in when approving; its answers join the instance data. Rejecting or returning takes only a comment. 可选：审核通过时填写的表单 id。',
  'steps[](type=evaluate).form':
    'The id of the beneficiary rating form (from forms), such as wish-rating with a stars field; its answers join the instance data. 受益人的评价表单 id，答案并入实例数据。',
  'steps[].next': 'The id of the step that comes next. 下一步骤的 id。',
  'steps[](type=form).next': 'The step to go to once the form is submitted. 提交表单后进入的步骤。',
  'steps[](type=approval).next': 'The step to go to when approved. 审核通过后进入的步骤。',
  'steps[](type=match).next':
    'The step to go to once volunteers are chosen, by the coordinator or in auto mode; usually a serve step. 选定志愿者后进入的步骤，通常为服务。',
  'steps[](type=serve).next':
    'The step to go to after check-out, usually evaluate. 签退后进入的步骤，通常为评价。',
  'steps[](type=evaluate).next':
    'The step to go to once the rating (and the volunteer form, if asked for) is in. 评价提交（及志愿者表单）后进入的步骤。',
  'steps[](type=wait).next': 'The step to go to when the wait is over. 等待结束后进入的步骤。',
  'steps[](type=notify).next':
    'The step to go to right after the message is written. 写入通知后立即进入的步骤。',
  'steps[](type=signup).next':
    'The step to go to when the sign-up is closed; the enrolled volunteers become the instance volunteers. 截止报名后进入的步骤；已报名者成为实例的 volunteers。',

  'steps[].reject':
    'The step to go to when the approver rejects (a comment is required), such as an end step rejected. 驳回后进入的步骤（须填写意见）。',
  'steps[].return':
    'Optional: the step to go back to when the approver returns the request for changes (a comment is required), such as the request form. Without it there is no return. 退回修改时回到的步骤（须填写意见）；不填则不能退回。',

  'steps[].mode':
    'confirm (default): the coordinator always chooses, with any ranking suggestions beside the task. auto: the best max are taken when at least min qualify, else the coordinator chooses. confirm 人工确认（默认）；auto 自动选取。',
  'steps[].min':
    'The fewest volunteers to choose, 1 to 1000; default 1. In auto mode, fewer qualifying candidates leave the choice to the coordinator. 最少选择人数，默认 1；自动模式不足时转人工。',
  'steps[].max':
    'The most volunteers to choose, 1 to 1000; default min. Auto mode takes the best max. Keep it at least min. 最多选择人数，默认等于 min。',
  'steps[].ranking':
    'Optional: rank the application volunteers for the request read from the instance data (request) with the matching engine; settings left out take its defaults. 用匹配引擎为需求给志愿者排序推荐（可选）。',
  'steps[].ranking.weights':
    'How much each part of the score counts, each 0 to 100; the score is the sum of weight times value, each value 0 to 1. 评分各项权重（0–100）。',
  'steps[].ranking.weights.skill':
    'Weight of skill fit: the volunteer level in the needed skills, level / 5. Default 0.35. 技能匹配权重，默认 0.35。',
  'steps[].ranking.weights.distance':
    'Weight of closeness: 1 next door, 0 at distance.maxKm. Default 0.25. 距离远近权重，默认 0.25。',
  'steps[].ranking.weights.load':
    'Weight of free capacity, the share of the volunteer load limit still free, to spread the work. Default 0.2. 负荷均衡权重，默认 0.2。',
  'steps[].ranking.weights.recent':
    'Weight of the penalty for assignments in the last recent.days days, subtracted so the same few are not always chosen. Default 0.1. 近期任务扣分权重，默认 0.1。',
  'steps[].ranking.weights.rating':
    'Weight of residents past ratings, smoothed toward rating.prior. Default 0.1. 历史评价权重，默认 0.1。',
  'steps[].ranking.topK':
    'How many candidates to suggest, 1 to 1000; default 10. The step raises it to at least max (plus volunteers who declined). 推荐人数，默认 10。',
  'steps[].ranking.distance':
    'Distance limits: how far away a volunteer may live, and what to assume without coordinates. 距离限制，以及缺少坐标时的处理。',
  'steps[].ranking.distance.maxKm':
    'Volunteers farther away than this many kilometres are excluded. Default 5. 超过该公里数的志愿者被排除，默认 5。',
  'steps[].ranking.distance.sameStreetKm':
    'Kilometres assumed, without coordinates, for a volunteer in another community of the same street (街道); the same community counts as 0. Default 2. 无坐标时同街道不同社区按此计，默认 2。',
  'steps[].ranking.distance.unknown':
    'When the distance is unknown (no coordinates, another street): exclude the volunteer (default) or allow them at unknownKm. 距离未知时：exclude 排除（默认）或 allow 允许。',
  'steps[].ranking.distance.unknownKm':
    'Kilometres assumed when the distance is unknown and unknown is allow. Default 5. 距离未知且允许时按此公里数计，默认 5。',
  'steps[].ranking.availability':
    'How much of the service time a volunteer must be free. 服务时间的空闲要求。',
  'steps[].ranking.availability.minOverlapMinutes':
    'Minutes of the request window the volunteer must be free (weekly times and leave combined); a shorter window must be covered whole. Default 60. 须空闲的分钟数，默认 60。',
  'steps[].ranking.recent':
    'How recent assignments lower the score (see weights.recent). 近期任务扣分设置。',
  'steps[].ranking.recent.days':
    'How many days back an assignment counts as recent. Default 7. 多少天内的任务算近期，默认 7。',
  'steps[].ranking.recent.saturation':
    'How many recent assignments give the full penalty. Default 3. 达到满额扣分的近期任务数，默认 3。',
  'steps[].ranking.rating':
    'How past ratings are smoothed (see weights.rating). 历史评价的平滑设置。',
  'steps[].ranking.rating.prior':
    'The rating, 1 to 5, assumed for a volunteer nobody has rated yet. Default 4. 未被评价者的假定评分（1–5），默认 4。',
  'steps[].ranking.rating.priorWeight':
    'How many ratings the prior counts as, so a few ratings do not swing the score. Default 5. 假定评分相当于几条评价，默认 5。',
  'steps[].ranking.explainExcluded':
    'How many excluded volunteers (near misses) to list with the reason, 0 to 1000. Default 10. 列出的落选者及原因的数量，默认 10。',
  'steps[].ranking.request':
    'Where the request to rank comes from: a text names a form field of the flow; any other value is used as written. 需求来源：字符串为表单字段名，其他值按原样使用。',
  'steps[].ranking.request.skills':
    'Optional skills needed: a form field holding a skill name or a list of names, or a fixed list of names or objects with name, minLevel and certificate, such as 理发. 所需技能：字段名或固定列表。',
  'steps[].ranking.request.skills[].name':
    'The skill name, as volunteer records name it, such as 心理咨询. 技能名称，如 心理咨询。',
  'steps[].ranking.request.skills[].minLevel':
    'The lowest acceptable level, 1 (beginner) to 5 (expert). Default 1. 最低技能等级（1–5），默认 1。',
  'steps[].ranking.request.skills[].certificate':
    'Whether the volunteer needs a certificate for the skill, valid until the service ends. Default false. 是否需要在服务结束前有效的证书，默认否。',
  'steps[].ranking.request.place':
    'Where the service is: a form field holding a community name or an address answer (its region is the community), or a fixed place with community, street and location. 服务地点：字段名或固定地点。',
  'steps[].ranking.request.place.community':
    'The community (社区) of the service, such as 尚德社区; a volunteer of the same community counts as 0 km when coordinates are missing. 服务所在社区。',
  'steps[].ranking.request.place.street':
    'Optional street (街道) of the community, such as 河东街道, used for distance without coordinates (distance.sameStreetKm). 所在街道（可选）。',
  'steps[].ranking.request.place.location':
    'Optional map point of the place in WGS-84 degrees, for exact distances to volunteers with coordinates. 地点坐标（可选，WGS-84）。',
  'steps[].ranking.request.place.location.lat': 'Latitude in degrees, -90 to 90. 纬度（度）。',
  'steps[].ranking.request.place.location.lng': 'Longitude in degrees, -180 to 180. 经度（度）。',
  'steps[].ranking.request.window':
    'When the service takes place: start and end form fields, or start and a duration. 服务时间：开始与结束字段，或开始字段加时长。',
  'steps[].ranking.request.window.start':
    'The form field (date or datetime) holding the start; a date means its midnight, a time without offset is Beijing time. 开始时间字段（日期或日期时间，按北京时间）。',
  'steps[].ranking.request.window.end':
    'The form field (date or datetime) holding the end, after the start; write end or duration. 结束时间字段，须晚于开始时间。',
  'steps[].ranking.request.window.duration':
    'How long the service lasts, an ISO 8601 duration added to the start, such as PT1H or PT2H30M; instead of end. 服务时长（如 PT2H），代替 end。',
  'steps[].ranking.request.volunteersNeeded':
    'How many volunteers the request needs, 1 to 1000: a form field or a number; default 1. The volunteers hook gets it; the step takes min to max. 需求人数（字段或数字），默认 1。',
  'steps[].ranking.request.teamAllowed':
    'Whether a service team (志愿服务队) may be suggested as one candidate; chosen in auto mode, its free members become the volunteers. Default false. 是否允许服务队整体对接，默认否。',

  'steps[].decline':
    'Optional: the step to go to when the volunteer declines, usually back to the match step (in auto mode it then passes over who declined). Without it there is no decline. 志愿者拒绝后进入的步骤，通常回到对接。',

  'steps[].volunteer':
    'Optional: the volunteer side of the evaluation, a second task (key: the step id plus .volunteer) with its own form, assignment and deadline; the step goes on when both are in. 志愿者的评价任务（可选），两方都提交后继续。',
  'steps[].volunteer.form':
    'The id of the form the volunteer fills in (from forms), such as a service summary. 志愿者填写的表单 id。',
  'steps[].volunteer.assign':
    'Who fills in the volunteer form, usually the matched volunteers (assignee volunteers); written like assign. 志愿者任务的处理人，通常为 volunteers。',
  'steps[].volunteer.assign.roles': ASSIGN_ROLES,
  'steps[].volunteer.assign.assignee': ASSIGN_ASSIGNEE,
  'steps[].volunteer.assign.candidateGroups': ASSIGN_GROUPS,
  'steps[].volunteer.due': DUE,
  'steps[].volunteer.overdue': OVERDUE,
  'steps[].volunteer.overdue.action': OVERDUE_ACTION,
  'steps[].volunteer.overdue.step': OVERDUE_STEP,
  'steps[].volunteer.overdue.to': OVERDUE_TO,
  'steps[].volunteer.overdue.to.roles': OVERDUE_ROLES,
  'steps[].volunteer.overdue.to.assignee': OVERDUE_ASSIGNEE,
  'steps[].volunteer.overdue.to.candidateGroups': OVERDUE_GROUPS,
  'steps[].volunteer.overdue.message': OVERDUE_MESSAGE,
  'steps[].volunteer.overdue.channel': CHANNEL,

  'steps[].branches':
    'The conditions, tried in order: the instance goes to the next of the first one whose when is true. At least one. 条件分支，按顺序判断。',
  'steps[].branches[].when':
    'A condition over the instance data: form fields, startedBy, volunteers and hours, such as stars >= 4. 条件表达式，可用表单字段、startedBy、volunteers、hours，如 stars >= 4。',
  'steps[].branches[].next':
    'The step to go to when this condition is true. 条件成立时进入的步骤。',
  'steps[].otherwise':
    'The step to go to when no condition is true. 所有条件都不成立时进入的步骤。',

  'steps[].for':
    'Wait this long from when the step began: an ISO 8601 duration such as PT2H or P1D. 等待时长（如 P1D），自步骤开始计算。',
  'steps[].until':
    'Wait until this time: an ISO 8601 date-time with seconds and Z or an offset, such as 2027-07-04T18:00:00+08:00. 等待到指定时间，须含秒和时区。',
  'steps[].untilField':
    'Wait until the time in this form field (date or datetime; without offset, Beijing time); an empty or invalid value ends the wait at once. 等待到该表单字段中的时间；值无效时立即继续。',

  'steps[].to':
    'Who the message is for: roles, assignee or candidateGroups, as in assign; the application delivers it. 消息接收人，写法同 assign。',
  'steps[].to.roles':
    'Role ids from roles to address the message to, such as coordinator. 接收消息的角色 id。',
  'steps[].to.assignee':
    'An expression giving the recipients actor ids: startedBy, volunteers or a form field. 接收人表达式，如 volunteers。',
  'steps[].to.candidateGroups':
    'Group ids. The outbox message carries only ids and roles, not groups, so name roles or assignee as well. 候选组；消息不发给组，请同时填写角色或指定人。',
  'steps[].message':
    'The message, a text or one per language, such as 居民给了您好评，谢谢您的服务！ 消息内容，可按语言分别填写。',
  'steps[].channel': CHANNEL,

  'steps[].capacity':
    'How many volunteers can enrol, 1 to 100000; later sign-ups join the waitlist. 报名名额；满额后进入候补。',
  'steps[].waitlist':
    'The most people on the waitlist, 0 to 100000 (0: none); unlimited when left out. When full, sign-up is refused; a cancellation promotes the first waiting. 候补上限，不填不限；有人取消时候补首位递补。',
  'steps[].closeBy':
    'Who may close the sign-up (task key: the step id plus .coordinate, action close), usually the coordinator; the enrolled then become the instance volunteers. 谁可以截止报名，通常为站长。',
  'steps[].closeBy.roles':
    'Role ids from roles whose holders may close the sign-up, such as coordinator. 可截止报名的角色 id。',
  'steps[].closeBy.assignee':
    'An expression giving the actor ids who may close the sign-up, such as startedBy. 可截止报名的人（表达式）。',
  'steps[].closeBy.candidateGroups':
    'Group ids whose members may close the sign-up. 可截止报名的候选组 id。',

  'steps[].outcome':
    'A name for how the instance ended, such as served, rejected or expired: a note for people reading the flow (the runtime does not record it). 结束结果名称，如 served、rejected。',
};
