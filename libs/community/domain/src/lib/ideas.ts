/** What an idea is about (issue 17's ideas box). */
export enum IdeaKind {
  SERVICE = 'SERVICE',
  PRODUCT = 'PRODUCT',
  OTHER = 'OTHER',
}

/**
 * Where an idea stands: OPEN until the board answers it, then UNDER_STUDY, ACCEPTED or DECLINED (each
 * answer with a reason). An ACCEPTED idea may be turned once into a joint project or a campaign: it is
 * then adopted (`adoptedAt`), and its answer is final.
 */
export enum IdeaStatus {
  OPEN = 'OPEN',
  UNDER_STUDY = 'UNDER_STUDY',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** The board's answers (OPEN is only the state before the first answer). */
export const IDEA_ANSWERS = [IdeaStatus.UNDER_STUDY, IdeaStatus.ACCEPTED, IdeaStatus.DECLINED] as const;
export type IdeaAnswer = (typeof IDEA_ANSWERS)[number];

/** What an accepted idea becomes in one click. */
export enum IdeaOutcomeKind {
  PROJECT = 'PROJECT',
  CAMPAIGN = 'CAMPAIGN',
}

export const IDEA_TITLE_MIN = 3;
export const IDEA_TITLE_MAX = 120;
export const IDEA_DESCRIPTION_MAX = 2000;
export const IDEA_COMMENT_MAX = 1000;
export const IDEA_REASON_MAX = 1000;
export const RECOMMENDATION_MIN = 10;
export const RECOMMENDATION_MAX = 500;

/** A problem with an input, by field path, with the reason's key in the messages catalogue. */
export interface CommunityProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

// Control characters other than tab, line feed and carriage return are refused in free texts.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A free text's problems: required (after trimming), its length, no control character. */
export function textProblems(
  path: string,
  value: unknown,
  { min = 1, max, required = true }: { min?: number; max: number; required?: boolean },
): CommunityProblem[] {
  if (typeof value !== 'string') return [{ path, reason: required ? 'required' : 'isString' }];
  const text = value.trim();
  if (!text) return required ? [{ path, reason: 'required' }] : [];
  if (CONTROL.test(text)) return [{ path, reason: 'controlCharacter' }];
  if (text.length < min) return [{ path, reason: 'minLength', params: { min } }];
  if (text.length > max) return [{ path, reason: 'maxLength', params: { max } }];
  return [];
}

export interface IdeaDraft {
  title: unknown;
  description: unknown;
  kind: unknown;
}

/** A proposed idea's problems, every field at once. */
export function ideaProblems(draft: IdeaDraft): CommunityProblem[] {
  return [
    ...textProblems('title', draft.title, { min: IDEA_TITLE_MIN, max: IDEA_TITLE_MAX }),
    ...textProblems('description', draft.description, { max: IDEA_DESCRIPTION_MAX, required: false }),
    ...(Object.values(IdeaKind).includes(draft.kind as IdeaKind) ? [] : [{ path: 'kind', reason: 'ideaKindInvalid' }]),
  ];
}

export function commentProblems(body: unknown): CommunityProblem[] {
  return textProblems('body', body, { max: IDEA_COMMENT_MAX });
}

export function recommendationProblems(text: unknown): CommunityProblem[] {
  return textProblems('text', text, { min: RECOMMENDATION_MIN, max: RECOMMENDATION_MAX });
}

/** The state an idea's answer and adoption are judged on. */
export interface IdeaState {
  status: IdeaStatus;
  adoptedAt: Date | null;
}

/** Why the board cannot give this answer now, or null. An adopted idea's answer is final. */
export function answerProblems(idea: IdeaState, answer: unknown, reason: unknown): CommunityProblem[] {
  const problems: CommunityProblem[] = [];
  if (!IDEA_ANSWERS.includes(answer as IdeaAnswer)) problems.push({ path: 'status', reason: 'ideaAnswerInvalid' });
  else if (idea.adoptedAt) problems.push({ path: 'status', reason: 'ideaAlreadyAdopted' });
  problems.push(...textProblems('reason', reason, { max: IDEA_REASON_MAX }));
  return problems;
}

/** Why an idea cannot be turned into a project or a campaign now: it must be accepted and not yet adopted. */
export function adoptionProblem(idea: IdeaState): CommunityProblem | null {
  if (idea.adoptedAt) return { path: 'ideaId', reason: 'ideaAlreadyAdopted' };
  if (idea.status !== IdeaStatus.ACCEPTED) return { path: 'ideaId', reason: 'ideaNotAccepted' };
  return null;
}

/** People support and comment an idea until it is declined. */
export function isOpenToSupport(idea: IdeaState): boolean {
  return idea.status !== IdeaStatus.DECLINED;
}
