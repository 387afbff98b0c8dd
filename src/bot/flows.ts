/**
 * The conversations that span several messages. Each is a small explicit state stored in the
 * session, not a replayed coroutine, so it survives restarts and can be resumed from any step.
 */
export type Flow =
  | OnboardingFlow
  | VillageFlow
  | AskOfficerFlow
  | ReportFlow
  | OfficerInputFlow
  | ReporterInfoFlow
  | ScamCheckFlow
  | BroadcastFlow;

/** 防骗查询: the next message is checked. */
export interface ScamCheckFlow {
  name: 'scam-check';
}

/** /start: language, then township, then village. `preset` comes from a QR deep link. */
export interface OnboardingFlow {
  name: 'onboarding';
  step: 'language' | 'township' | 'village';
  township?: string;
  preset?: string;
}

/**
 * /village or 我的 → 设置: choose a township, then a village. `confirm`: a poster of another
 * village asked "change to it?" and its buttons wait for an answer.
 */
export interface VillageFlow {
  name: 'village';
  step: 'township' | 'village' | 'confirm';
  township?: string;
}

/** 问驻村民警: write the question, then say whether the officer may see who asked. */
export interface AskOfficerFlow {
  name: 'ask';
  step: 'question' | 'contact';
  topicId: string | null;
  question?: string;
}

export type ReportStep =
  | 'kind'
  | 'category'
  | 'description'
  | 'evidence'
  | 'place'
  | 'when'
  | 'anonymity'
  | 'summary';

/** 我要反映: the report is built step by step in the session and stored only on confirm. */
export interface ReportFlow {
  name: 'report';
  step: ReportStep;
  /** True when the step was opened from the summary: go back there after it. */
  editing?: boolean;
  draft: ReportDraft;
}

/** An officer typing a note, a reply, a question or a reason for a report. */
export interface OfficerInputFlow {
  name: 'officer-input';
  action: 'note' | 'reply' | 'ask' | 'reject';
  reportId: number;
}

/** A reporter adding information to one of their open reports. */
export interface ReporterInfoFlow {
  name: 'reporter-info';
  reportId: number;
  /** Opened by an officer's "please add": the next message is the answer. */
  answering?: boolean;
  /** Something was added already: photos may follow; other text ends the flow. */
  added?: boolean;
}

export interface ReportDraft {
  /** Fixed when the flow starts, so a repeated confirm can never store the report twice. */
  submissionKey: string;
  kind?: 'dispute' | 'clue';
  category?: string;
  description?: string;
  voiceFileId?: string;
  evidence: Array<{ kind: 'photo' | 'video' | 'document' | 'voice'; fileId: string }>;
  /** True once the reporter was told the album was cut at the maximum. */
  evidenceCapped?: boolean;
  lastMediaGroup?: string;
  place?: { latitude: number; longitude: number } | { villageCode: string } | { text: string };
  outsideCounty?: boolean;
  occurredText?: string;
  anonymous?: boolean;
}

/** /broadcast: kind, text (and optional other languages), photo, target, time, preview. */
export interface BroadcastFlow {
  name: 'broadcast';
  step: 'kind' | 'text' | 'languages' | 'photo' | 'target' | 'time' | 'preview';
  /** The language whose text is being typed. */
  language: 'zh-CN' | 'mn' | 'en';
  draft: {
    kind?: 'urgent' | 'antifraud' | 'legal' | 'traffic' | 'notice';
    texts: Partial<Record<'zh-CN' | 'mn' | 'en', string>>;
    photoFileId?: string;
    mode?: 'all' | 'townships' | 'villages';
    picked: string[];
    notBefore?: string | null;
  };
}
