/**
 * The volunteer-service pack (`@yizhan/volunteer`): ready templates, the love-relay
 * parser, the hours ledger with star levels, service records and certificates, and
 * statistics over the organisation tree.
 */
export {
  approve,
  correct,
  type Ledger,
  type LedgerAction,
  type LedgerEvent,
  recordService,
  reject,
  type ServiceDetails,
} from './hours/ledger';
export {
  type CountingRule,
  countedEntries,
  type EntryStatus,
  hoursByVolunteer,
  hoursOf,
  type LedgerEntryView,
  ledgerEntries,
} from './hours/ledger-view';
export { beijingDate, type ServeRecordDetails, serviceFromServe } from './hours/serve-records';
export {
  DEFAULT_STAR_THRESHOLDS,
  parseStarThresholds,
  type StarProgress,
  starLevel,
  starProgress,
} from './hours/star-level';
export {
  formatVolunteerMessage,
  type VolunteerMessageParams,
  volunteerIssue,
  volunteerMessageCodes,
} from './messages';
export {
  buildCertificate,
  CERTIFICATE_CSS,
  type Certificate,
  type CertificateHtmlOptions,
  certificateCheckCharacter,
  certificateHtml,
  certificateNumber,
  escapeHtml,
  verifyCertificateNumber,
} from './records/certificate';
export { type CsvCell, csvCell, toCsv, UTF8_BOM } from './records/csv';
export {
  DEFAULT_PERSONAL_DATA_POLICY,
  type Disclosure,
  disclose,
  type PersonalDataPolicy,
  profileFor,
  profileFromRegistration,
  type Viewer,
  type VolunteerProfile,
} from './records/personal-data';
export {
  type ServiceRecordOptions,
  serviceRecordCsv,
  serviceRecordRows,
} from './records/service-record';
export {
  AVAILABILITY_PERIODS,
  matchVolunteerFromRegistration,
  weeklyAvailability,
} from './registration';
export { readChineseInteger } from './relay/chinese-number';
export {
  type ParseRelayOptions,
  parseRelayLine,
  parseRelayText,
  type RelayCatalogItem,
  type RelayEntry,
  type RelayItem,
  type RelayLine,
  type RelayText,
} from './relay/parse-relay';
export { findRelayAddress, type RelayAddress } from './relay/relay-address';
export {
  type RelayBook,
  type RelayEvent,
  type RelayRow,
  type RelayRowStatus,
  relayBook,
} from './relay/relay-book';
export {
  deliveryList,
  type RelayBuildingRun,
  type RelayStop,
  type RelayTotal,
  relayEntryFromForm,
  relayTotals,
  repeatedRooms,
} from './relay/relay-summary';
export { RELAY_UNIT_SPELLINGS, WEIGHT_IN_JIN } from './relay/relay-units';
export {
  type OrgData,
  type OrgStatistics,
  orgStatistics,
  type RankingLine,
  type RankingOptions,
  rankTeams,
  rankVolunteers,
  type Unplaced,
} from './stats/org-stats';
export {
  ancestorsOf,
  ORG_LEVELS,
  type OrgLevel,
  type OrgNode,
  type OrgTree,
  parseOrgTree,
  subtreeOf,
} from './stats/org-tree';
export {
  copyTemplate,
  FLOW_TEMPLATE_IDS,
  loadFlowTemplate,
  loadFormTemplate,
  TemplateError,
  type TemplateId,
  templates,
  type VolunteerTemplate,
} from './templates';
