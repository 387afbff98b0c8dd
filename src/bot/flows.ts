/**
 * The conversations that span several messages. Each is a small explicit state stored in the
 * session, not a replayed coroutine, so it survives restarts and can be resumed from any step.
 */
export type Flow = OnboardingFlow | VillageFlow | AskOfficerFlow;

/** /start: language, then township, then village. `preset` comes from a QR deep link. */
export interface OnboardingFlow {
  name: 'onboarding';
  step: 'language' | 'township' | 'village';
  township?: string;
  preset?: string;
}

/** /village or 我的 → 设置: choose a township, then a village. */
export interface VillageFlow {
  name: 'village';
  step: 'township' | 'village';
  township?: string;
}

/** 问驻村民警: write the question, then say whether the officer may see who asked. */
export interface AskOfficerFlow {
  name: 'ask';
  step: 'question' | 'contact';
  topicId: string | null;
  question?: string;
}
