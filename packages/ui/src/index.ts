export {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  fileNameFromContentDisposition,
  inboxPath,
  type ListMessagesQuery,
  saveBlob,
  statisticsPath,
  type UploadOptions,
} from './api.ts';
export { type AuthContextValue, AuthProvider, useApi, useAuth, usePageTitle } from './auth.tsx';
export { CaseNavigation } from './case/CaseNavigation.tsx';
export { CaseNotes, maxNoteLength } from './case/CaseNotes.tsx';
export { CaseQueue } from './case/CaseQueue.tsx';
export { CaseView } from './case/CaseView.tsx';
export { mergeApplicationPages } from './case/merge.ts';
export {
  type Neighbours,
  neighboursOf,
  type QueuedCase,
  type QueueOrder,
  readQueueOrder,
  saveQueueOrder,
  useRememberQueueOrder,
} from './case/queueOrder.ts';
export { useApplicationPages } from './case/useApplicationPages.ts';
export {
  type ClockStatus,
  type ClockViewer,
  clockDeadlineDay,
  clockDetail,
  clockShortText,
  clockStatus,
  clockStatusLabel,
  clockStatusLook,
  clockText,
} from './clock.ts';
export { ActionForm, SubmitButton } from './components/ActionForm.tsx';
export { AdmissibilityForm } from './components/AdmissibilityForm.tsx';
export { ApplicationFacts, SummaryList } from './components/ApplicationFacts.tsx';
export { type ApplicationColumn, ApplicationTable } from './components/ApplicationTable.tsx';
export { AppShell, type NavItem } from './components/AppShell.tsx';
export { AuthorityDocumentForm } from './components/AuthorityDocumentForm.tsx';
export { ConfirmDialog } from './components/ConfirmDialog.tsx';
export { DecisionForm } from './components/DecisionForm.tsx';
export { DecisionList } from './components/DecisionList.tsx';
export { DocumentList } from './components/DocumentList.tsx';
export { DocumentViewer, type ViewerTarget, versionName } from './components/DocumentViewer.tsx';
export { ErrorSummary, fieldId, type SummaryItem } from './components/ErrorSummary.tsx';
export {
  CheckboxGroup,
  type ControlProps,
  Field,
  FieldErrorText,
  type FieldProps,
  type Option,
  optionsOf,
  RadioGroup,
  SelectField,
  summaryItems,
  TextAreaField,
  TextField,
} from './components/Field.tsx';
export { FileUpload, type FileUploadProps } from './components/FileUpload.tsx';
export { Heading, type HeadingLevel } from './components/Heading.tsx';
export { HistorySection } from './components/HistorySection.tsx';
export { HistoryTimeline } from './components/HistoryTimeline.tsx';
export { ClockBadge, LegalClock } from './components/LegalClock.tsx';
export { Loading, Spinner } from './components/Loading.tsx';
export { BackLink, PendingPage } from './components/PendingPage.tsx';
export { FocusedNotice, Notice, ProblemAlert, useFieldErrorText } from './components/ProblemAlert.tsx';
export { RequestSupplementForm } from './components/RequestSupplementForm.tsx';
export { StateBadge } from './components/StateBadge.tsx';
export { SupplementRequestCard } from './components/SupplementRequestCard.tsx';
export { useFormSubmit } from './components/useFormSubmit.ts';
export { apiBaseUrl, oidcIssuer } from './config.ts';
export {
  applicantDocumentTypes,
  authorityDocumentTypes,
  checklistTypesFirst,
  firstMissingMandatory,
  inSentence,
  missingDocumentMessage,
  typesUploadedSince,
} from './documents.ts';
export * from './format.ts';
export { type AsyncState, useAsync } from './hooks.ts';
export { DeadlineExtension } from './inbox/DeadlineExtension.tsx';
export { Notices } from './inbox/Notices.tsx';
export {
  hasFilters,
  hrefOfView,
  type InboxView,
  searchOfView,
  viewFromSearch,
} from './inbox/query.ts';
export * from './labels.messages.ts';
export * from './labels.ts';
export { LiveUpdateNote } from './live/LiveUpdateNote.tsx';
export { createLiveEvents, type LiveEvents, type LiveListener, type LiveStatus } from './live/live-events.ts';
export { createSseParser, type SseMessage } from './live/sse.ts';
export {
  type LiveRefresh,
  type LiveRefreshOptions,
  useLiveEvents,
  useLiveRefresh,
} from './live/useLiveEvents.ts';
export { type AppConfig, mountApp } from './mount.tsx';
export { splitIssuer } from './oidc.ts';
export {
  ApiError,
  describeError,
  type FieldError,
  isProblemCode,
  networkProblem,
  parseProblem,
} from './problem.ts';
export { findQueueFilter, type QueueFilter, queueFilters } from './queues.ts';
export { Link, type Location, navigate, type Route, Routes, useLocation } from './router.tsx';
export { matchPath, type RouteParams, resolveRoute, withQuery } from './routes.ts';
export { type LanguageStore, useApplyStoredLanguage } from './serverLanguage.tsx';
export {
  isTypingTarget,
  type KeyLike,
  matchShortcut,
  readSingleKeyPreference,
  type ShortcutAction,
  writeSingleKeyPreference,
} from './shortcuts.ts';
export {
  answerProblems,
  maxAnswerLength,
  maxQuestionLength,
  maxQuestions,
  questionsProblem,
  splitQuestions,
} from './supplements.ts';
export { formatsFor, type ScreenFormats, useFormat } from './useFormat.ts';
export { countryNameIn, type Labels, labelsIn, useLabels } from './useLabels.ts';
export { type ViewerBlock, type ViewKind, viewerBlockOf, viewKindOf } from './viewer.ts';
