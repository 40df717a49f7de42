import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = {
  [K in keyof T]: T[K];
};
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & {
  [SubKey in K]?: Maybe<T[SubKey]>;
};
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & {
  [SubKey in K]: Maybe<T[SubKey]>;
};
export type MakeEmpty<
  T extends { [key: string]: unknown },
  K extends keyof T,
> = { [_ in K]?: never };
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never;
    };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

export type BudgetLineInput = {
  label: Scalars["String"]["input"];
  quantity: Scalars["Int"]["input"];
  /** What one shop alone would pay for the whole line, VAT included, integer cents. */
  soloPriceCents?: InputMaybe<Scalars["Float"]["input"]>;
  supplier?: InputMaybe<Scalars["String"]["input"]>;
  /** Unit price excluding VAT, integer cents. */
  unitPriceCents: Scalars["Float"]["input"];
  /** VAT rate in basis points: 0, 210, 550, 1000 or 2000. */
  vatRateBp: Scalars["Int"]["input"];
};

export type CalendarEventKind =
  "CAMPAIGN" | "CASHMOB" | "MEETING" | "MILESTONE";

export type CampaignChannel = "BOTH" | "IN_STORE" | "ONLINE";

export type CampaignEvent = "CANCEL" | "PUBLISH";

export type CampaignStatus =
  "CANCELLED" | "DRAFT" | "ENROLLING" | "FINISHED" | "PUBLISHED" | "RUNNING";

export type CashmobEvent =
  | "ACCEPT"
  | "ACCEPT_COUNTER"
  | "CANCEL"
  | "COUNTER_PROPOSE"
  | "DECLINE"
  | "RECORD_RESULT";

export type CashmobSignUpStatus = "CANCELLED" | "CONFIRMED" | "WAITING";

export type CashmobStatus =
  | "CANCELLED"
  | "COMPLETED"
  | "COUNTER_PROPOSED"
  | "DECLINED"
  | "PROPOSED"
  | "PUBLISHED";

export type ChangeMemberRoleInput = {
  membershipId: Scalars["ID"]["input"];
  role: Role;
};

export type ClaimVoucherInput = {
  /** The person agrees that their e-mail is kept for this campaign (required with an e-mail). */
  consent?: Scalars["Boolean"]["input"];
  /** Optional; kept only with consent, to allow one voucher per person. */
  email?: InputMaybe<Scalars["String"]["input"]>;
  offerId: Scalars["ID"]["input"];
};

export type ConfirmSignUpInput = {
  token: Scalars["String"]["input"];
};

export type CreateAssociationInput = {
  currency?: InputMaybe<Scalars["String"]["input"]>;
  name: Scalars["String"]["input"];
  postcode: Scalars["String"]["input"];
  timeZone?: InputMaybe<Scalars["String"]["input"]>;
  town: Scalars["String"]["input"];
};

export type CreateCampaignInput = {
  channels?: CampaignChannel;
  description?: Scalars["String"]["input"];
  endsAt: Scalars["DateTime"]["input"];
  /** Shops enrol until then; at the latest the start. */
  enrolmentDeadline: Scalars["DateTime"]["input"];
  /** Trades invited; empty: every trade. */
  invitedTrades?: Array<TradeCategory>;
  /** Percentage offers give at least this much (1–100). */
  minDiscountPercent?: InputMaybe<Scalars["Int"]["input"]>;
  /** UTC instant; the client converts from the association’s time zone. */
  startsAt: Scalars["DateTime"]["input"];
  theme?: Scalars["String"]["input"];
  title: Scalars["String"]["input"];
};

export type CreateCommentInput = {
  /** Reply to this comment (a reply to a reply attaches to the same top-level comment). */
  parentId?: InputMaybe<Scalars["ID"]["input"]>;
  postId: Scalars["ID"]["input"];
  text: Scalars["String"]["input"];
};

export type CreateFeaturedProductInput = {
  /** http(s); null: the widget links to the shop. */
  link?: InputMaybe<Scalars["String"]["input"]>;
  name: Scalars["String"]["input"];
  /** Integer cents; null: no price shown. */
  priceCents?: InputMaybe<Scalars["Int"]["input"]>;
  text?: Scalars["String"]["input"];
};

export type CreateMeetingInput = {
  agenda?: InputMaybe<Scalars["String"]["input"]>;
  endsAt: Scalars["DateTime"]["input"];
  place?: InputMaybe<Scalars["String"]["input"]>;
  startsAt: Scalars["DateTime"]["input"];
  title: Scalars["String"]["input"];
};

export type CreatePostInput = {
  /** President and board only: publish as a pinned announcement and notify every member. */
  announcement?: Scalars["Boolean"]["input"];
  /** Images uploaded first with POST /api/network/images (at most 5), in display order. */
  imageIds?: Array<Scalars["ID"]["input"]>;
  /** Plain text, 1 to 5000 characters, line breaks kept; mentions as @[Name](membershipId). */
  text: Scalars["String"]["input"];
  topicId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type CreateProjectInput = {
  budgetLines: Array<BudgetLineInput>;
  category: ProjectCategory;
  description?: Scalars["String"]["input"];
  joinDeadline?: InputMaybe<Scalars["DateTime"]["input"]>;
  minParticipants?: InputMaybe<Scalars["Int"]["input"]>;
  minPledgedCents?: InputMaybe<Scalars["Float"]["input"]>;
  splitRule: SplitRuleInput;
  title: Scalars["String"]["input"];
};

export type CreateProjectTaskInput = {
  assigneeMembershipId?: InputMaybe<Scalars["ID"]["input"]>;
  /** A calendar day, "2026-12-24", in the association’s time zone. */
  dueDate?: InputMaybe<Scalars["String"]["input"]>;
  kind: ProjectTaskKind;
  notes?: InputMaybe<Scalars["String"]["input"]>;
  projectId: Scalars["ID"]["input"];
  title: Scalars["String"]["input"];
};

export type CreateTopicInput = {
  name: Scalars["String"]["input"];
  openToConsultants?: Scalars["Boolean"]["input"];
};

export type CreateWidgetInput = {
  /** #rgb or #rrggbb. */
  accentColor?: Scalars["String"]["input"];
  backgroundColor?: Scalars["String"]["input"];
  contents: Array<WidgetContent>;
  language?: WidgetLanguage;
  /** Items shown in all (1–24), shared fairly between the kinds. */
  maxItems?: Scalars["Int"]["input"];
  /** For the association only (the widget shows the association’s name). */
  name: Scalars["String"]["input"];
  /** Shops shown; empty: every shop. */
  shopIds?: Array<Scalars["ID"]["input"]>;
  size?: WidgetSize;
  textColor?: Scalars["String"]["input"];
  /** Trades shown; empty: every trade. */
  trades?: Array<TradeCategory>;
};

export type DayHoursInput = {
  day: Weekday;
  periods: Array<TimeRangeInput>;
};

export type EmailFrequency = "DAILY_DIGEST" | "IMMEDIATELY" | "NEVER";

export type EnrolOfferInput = {
  amountOffCents?: InputMaybe<Scalars["Int"]["input"]>;
  campaignId: Scalars["ID"]["input"];
  conditions?: Scalars["String"]["input"];
  description?: Scalars["String"]["input"];
  kind: OfferKind;
  /** Total uses allowed; null: no limit. */
  maxUses?: InputMaybe<Scalars["Int"]["input"]>;
  /** Only with personal vouchers, one per customer (e-mail). */
  onePerCustomer?: Scalars["Boolean"]["input"];
  online?: Scalars["Boolean"]["input"];
  onlineUrl?: InputMaybe<Scalars["String"]["input"]>;
  percentOff?: InputMaybe<Scalars["Int"]["input"]>;
  /** The caller’s own shop. */
  shopId: Scalars["ID"]["input"];
};

export type HideContentInput = {
  id: Scalars["ID"]["input"];
  reason: Scalars["String"]["input"];
};

export type ImpactBucket = "DAY" | "MONTH" | "WEEK";

export type ImpactPeriodInput = {
  /** yyyy-mm-dd in the association’s time zone: any day of the month, quarter or year; the first day of a custom period. */
  from: Scalars["String"]["input"];
  kind: ImpactPeriodKind;
  /** The last day (inclusive) of a custom period. */
  to?: InputMaybe<Scalars["String"]["input"]>;
};

export type ImpactPeriodKind = "CUSTOM" | "MONTH" | "QUARTER" | "YEAR";

export type InvitationStatus = "ACCEPTED" | "EXPIRED" | "PENDING" | "REVOKED";

export type InviteMemberInput = {
  email: Scalars["String"]["input"];
  role: Role;
};

export type LedgerEntryKind =
  "CONTRIBUTION" | "CORRECTION" | "EXPENSE" | "REFUND";

/** The language a person reads the app and mails in. */
export type Locale = "EN" | "FR";

export type LogInInput = {
  email: Scalars["String"]["input"];
  password: Scalars["String"]["input"];
};

/** SIMPLE: more for than against; TWO_THIRDS: at least two thirds of votes cast. */
export type Majority = "SIMPLE" | "TWO_THIRDS";

export type NotificationKind =
  | "ANNOUNCEMENT"
  | "CASHMOB_REQUEST"
  | "COMMENT_ON_MY_POST"
  | "MENTION"
  | "MODERATION"
  | "OFFER_REVIEWED"
  | "PROJECT_DECIDED"
  | "PROJECT_PROPOSED"
  | "PROJECT_TASK_ASSIGNED"
  | "REPLY_TO_MY_COMMENT";

export type OfferKind =
  "AMOUNT_OFF" | "FREE_SERVICE" | "GIFT" | "PERCENT_OFF" | "SPECIAL";

export type OfferStatus = "APPROVED" | "PENDING" | "REJECTED";

export type ParticipantFixedAmountInput = {
  cents: Scalars["Float"]["input"];
  membershipId: Scalars["ID"]["input"];
};

export type ParticipantWeightInput = {
  membershipId: Scalars["ID"]["input"];
  weight: Scalars["Float"]["input"];
};

export type PaymentMethod = "CARD" | "CASH" | "CHEQUE" | "TRANSFER";

export type ProjectCategory =
  | "ANIMATION"
  | "COMMUNICATION"
  | "DECORATION"
  | "DIGITAL"
  | "LOGISTICS"
  | "OTHER"
  | "SECURITY"
  | "TRAINING";

export type ProjectFileKind = "QUOTE" | "RECEIPT";

export type ProjectStatus =
  | "ACTIVE"
  | "APPROVED_OPEN"
  | "CANCELLED"
  | "CLOSED"
  | "DRAFT"
  | "FUNDED"
  | "PROPOSED"
  | "REJECTED";

export type ProjectTaskKind = "MILESTONE" | "TASK";

export type ProposeCashmobInput = {
  capacity?: InputMaybe<Scalars["Int"]["input"]>;
  endsAt: Scalars["DateTime"]["input"];
  meetingPoint: Scalars["String"]["input"];
  message?: Scalars["String"]["input"];
  shopId: Scalars["ID"]["input"];
  spendMaxCents?: Scalars["Int"]["input"];
  spendMinCents?: Scalars["Int"]["input"];
  startsAt: Scalars["DateTime"]["input"];
};

export type ProposeOtherSlotInput = {
  endsAt: Scalars["DateTime"]["input"];
  id: Scalars["ID"]["input"];
  message?: Scalars["String"]["input"];
  startsAt: Scalars["DateTime"]["input"];
};

/** The fixed set of reactions: THUMBS_UP 👍, HEART ❤️, PARTY 🎉, CLAP 👏, BULB 💡 (REACTION_EMOJI in @assoc/network-domain). */
export type ReactionEmoji = "BULB" | "CLAP" | "HEART" | "PARTY" | "THUMBS_UP";

export type ReactionInput = {
  emoji: ReactionEmoji;
  postId: Scalars["ID"]["input"];
};

export type RecordCashmobResultInput = {
  id: Scalars["ID"]["input"];
  /** The revenue of an ordinary comparable afternoon, for the uplift. */
  ordinaryRevenueCents?: InputMaybe<Scalars["Int"]["input"]>;
  revenueCents: Scalars["Int"]["input"];
  salesCount: Scalars["Int"]["input"];
};

export type RecordContributionInput = {
  /** Integer cents, positive. */
  cents: Scalars["Float"]["input"];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars["String"]["input"];
  /** The participant who paid. */
  membershipId: Scalars["ID"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  paymentMethod: PaymentMethod;
  projectId: Scalars["ID"]["input"];
};

export type RecordExpenseInput = {
  cents: Scalars["Float"]["input"];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars["String"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** A participant who paid the supplier directly; else the project cash paid. */
  paidByMembershipId?: InputMaybe<Scalars["ID"]["input"]>;
  paymentMethod?: InputMaybe<PaymentMethod>;
  projectId: Scalars["ID"]["input"];
  /** From POST /api/projects/:id/receipts. */
  receiptId?: InputMaybe<Scalars["ID"]["input"]>;
  supplier: Scalars["String"]["input"];
};

export type RecordRefundInput = {
  cents: Scalars["Float"]["input"];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars["String"]["input"];
  /** The participant refunded by the project (give this or supplier). */
  membershipId?: InputMaybe<Scalars["ID"]["input"]>;
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  paymentMethod?: InputMaybe<PaymentMethod>;
  projectId: Scalars["ID"]["input"];
  /** The supplier refunding the project. */
  supplier?: InputMaybe<Scalars["String"]["input"]>;
};

export type RedeemCodeInput = {
  /** The basket, integer cents (optional). */
  basketCents?: InputMaybe<Scalars["Int"]["input"]>;
  /** As typed or scanned: case, spaces, dashes and look-alikes are forgiven. */
  code: Scalars["String"]["input"];
};

export type RedemptionVerdict =
  | "ALREADY_USED"
  | "EXPIRED"
  | "LIMIT_REACHED"
  | "NOT_STARTED"
  | "NOT_THIS_SHOP"
  | "UNKNOWN"
  | "VALID"
  | "VOUCHER_REQUIRED";

export type RequestPasswordResetInput = {
  email: Scalars["String"]["input"];
};

export type ResetPasswordInput = {
  password: Scalars["String"]["input"];
  token: Scalars["String"]["input"];
};

export type ReverseLedgerEntryInput = {
  entryId: Scalars["ID"]["input"];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars["String"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  projectId: Scalars["ID"]["input"];
};

export type ReviewOfferInput = {
  approve: Scalars["Boolean"]["input"];
  id: Scalars["ID"]["input"];
  /** Required to reject; shown to the shop. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
};

/** A person's role in one association. */
export type Role = "BOARD" | "CONSULTANT" | "MEMBER" | "PRESIDENT";

/** What a search result opens: a post, a comment (in its post) or a member page. */
export type SearchResultType = "COMMENT" | "MEMBER" | "POST";

export type ShopMetric =
  | "BASKET_CENTS"
  | "CASHMOBS"
  | "CASHMOB_CHECK_INS"
  | "CASHMOB_REVENUE_CENTS"
  | "POOLED_CENTS"
  | "REDEMPTIONS"
  | "SAVED_CENTS"
  | "VOUCHERS";

export type SignUpInput = {
  email: Scalars["String"]["input"];
  locale?: InputMaybe<Locale>;
  name: Scalars["String"]["input"];
  password: Scalars["String"]["input"];
};

export type SignUpToCashmobInput = {
  /** The person agrees that their first name and e-mail are kept for this cashmob (must be true). */
  consent: Scalars["Boolean"]["input"];
  email: Scalars["String"]["input"];
  firstName: Scalars["String"]["input"];
  intendedSpendCents: Scalars["Int"]["input"];
  locale?: Locale;
};

export type SignUpWithInvitationInput = {
  locale?: InputMaybe<Locale>;
  name: Scalars["String"]["input"];
  password: Scalars["String"]["input"];
  token: Scalars["String"]["input"];
};

export type SplitRuleInput = {
  defaultWeight?: InputMaybe<Scalars["Float"]["input"]>;
  fixed?: InputMaybe<Array<ParticipantFixedAmountInput>>;
  kind: SplitRuleKind;
  weights?: InputMaybe<Array<ParticipantWeightInput>>;
};

export type SplitRuleKind = "EQUAL" | "FIXED_AND_EQUAL" | "WEIGHTED";

export type TimeRangeInput = {
  closes: Scalars["String"]["input"];
  opens: Scalars["String"]["input"];
};

/** Labels in French and English live in the directory domain. */
export type TradeCategory =
  | "BAKERY"
  | "BEAUTY"
  | "BUTCHER"
  | "CRAFTS"
  | "CULTURE"
  | "FASHION"
  | "FLORIST"
  | "FOOD"
  | "HEALTH"
  | "HOME"
  | "JEWELLERY"
  | "OTHER"
  | "RESTAURANT"
  | "SERVICES"
  | "SPORT";

export type UpdateAssociationSettingsInput = {
  currency?: InputMaybe<Scalars["String"]["input"]>;
  majority?: InputMaybe<Majority>;
  name?: InputMaybe<Scalars["String"]["input"]>;
  postcode?: InputMaybe<Scalars["String"]["input"]>;
  quorumPercent?: InputMaybe<Scalars["Int"]["input"]>;
  timeZone?: InputMaybe<Scalars["String"]["input"]>;
  town?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateCampaignInput = {
  channels?: InputMaybe<CampaignChannel>;
  description?: InputMaybe<Scalars["String"]["input"]>;
  endsAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  enrolmentDeadline?: InputMaybe<Scalars["DateTime"]["input"]>;
  id: Scalars["ID"]["input"];
  invitedTrades?: InputMaybe<Array<TradeCategory>>;
  /** Null removes the minimum. */
  minDiscountPercent?: InputMaybe<Scalars["Int"]["input"]>;
  startsAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  theme?: InputMaybe<Scalars["String"]["input"]>;
  title?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateCashmobInput = {
  /** Null removes the limit; raising it moves the waiting list up. */
  capacity?: InputMaybe<Scalars["Int"]["input"]>;
  id: Scalars["ID"]["input"];
  meetingPoint?: InputMaybe<Scalars["String"]["input"]>;
  message?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateCommentInput = {
  id: Scalars["ID"]["input"];
  text: Scalars["String"]["input"];
};

export type UpdateFeaturedProductInput = {
  id: Scalars["ID"]["input"];
  link?: InputMaybe<Scalars["String"]["input"]>;
  name?: InputMaybe<Scalars["String"]["input"]>;
  priceCents?: InputMaybe<Scalars["Int"]["input"]>;
  text?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateMeetingInput = {
  agenda?: InputMaybe<Scalars["String"]["input"]>;
  endsAt: Scalars["DateTime"]["input"];
  id: Scalars["ID"]["input"];
  place?: InputMaybe<Scalars["String"]["input"]>;
  startsAt: Scalars["DateTime"]["input"];
  title: Scalars["String"]["input"];
};

export type UpdateMyShopInput = {
  address: Scalars["String"]["input"];
  description?: InputMaybe<Scalars["String"]["input"]>;
  name: Scalars["String"]["input"];
  openingHours: Array<DayHoursInput>;
  phone?: InputMaybe<Scalars["String"]["input"]>;
  postcode: Scalars["String"]["input"];
  town: Scalars["String"]["input"];
  trade: TradeCategory;
  website?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateNotificationPreferenceInput = {
  frequency: EmailFrequency;
  kind: NotificationKind;
};

export type UpdateOfferInput = {
  amountOffCents?: InputMaybe<Scalars["Int"]["input"]>;
  conditions?: InputMaybe<Scalars["String"]["input"]>;
  description?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["ID"]["input"];
  kind?: InputMaybe<OfferKind>;
  maxUses?: InputMaybe<Scalars["Int"]["input"]>;
  onePerCustomer?: InputMaybe<Scalars["Boolean"]["input"]>;
  online?: InputMaybe<Scalars["Boolean"]["input"]>;
  onlineUrl?: InputMaybe<Scalars["String"]["input"]>;
  percentOff?: InputMaybe<Scalars["Int"]["input"]>;
};

export type UpdatePostInput = {
  id: Scalars["ID"]["input"];
  text: Scalars["String"]["input"];
};

export type UpdateProjectInput = {
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  category?: InputMaybe<ProjectCategory>;
  description?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["ID"]["input"];
  joinDeadline?: InputMaybe<Scalars["DateTime"]["input"]>;
  minParticipants?: InputMaybe<Scalars["Int"]["input"]>;
  minPledgedCents?: InputMaybe<Scalars["Float"]["input"]>;
  splitRule?: InputMaybe<SplitRuleInput>;
  title?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateProjectTaskInput = {
  assigneeMembershipId?: InputMaybe<Scalars["ID"]["input"]>;
  /** A calendar day, "2026-12-24", in the association’s time zone. */
  dueDate?: InputMaybe<Scalars["String"]["input"]>;
  id: Scalars["ID"]["input"];
  kind: ProjectTaskKind;
  notes?: InputMaybe<Scalars["String"]["input"]>;
  title: Scalars["String"]["input"];
};

export type UpdateTopicInput = {
  id: Scalars["ID"]["input"];
  name?: InputMaybe<Scalars["String"]["input"]>;
  openToConsultants?: InputMaybe<Scalars["Boolean"]["input"]>;
  position?: InputMaybe<Scalars["Int"]["input"]>;
};

export type UpdateWidgetInput = {
  accentColor?: InputMaybe<Scalars["String"]["input"]>;
  backgroundColor?: InputMaybe<Scalars["String"]["input"]>;
  contents?: InputMaybe<Array<WidgetContent>>;
  id: Scalars["ID"]["input"];
  language?: InputMaybe<WidgetLanguage>;
  maxItems?: InputMaybe<Scalars["Int"]["input"]>;
  name?: InputMaybe<Scalars["String"]["input"]>;
  shopIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  size?: InputMaybe<WidgetSize>;
  textColor?: InputMaybe<Scalars["String"]["input"]>;
  trades?: InputMaybe<Array<TradeCategory>>;
};

export type VoteChoice = "ABSTAIN" | "AGAINST" | "FOR";

export type Weekday =
  | "FRIDAY"
  | "MONDAY"
  | "SATURDAY"
  | "SUNDAY"
  | "THURSDAY"
  | "TUESDAY"
  | "WEDNESDAY";

export type WidgetContent = "CASHMOBS" | "OFFERS" | "PRODUCTS" | "SHOPS";

export type WidgetLanguage = "EN" | "FR";

export type WidgetSize = "LARGE" | "MEDIUM" | "SMALL";

export type ProjectTaskFieldsFragment = {
  __typename?: "ProjectTask";
  id: string;
  projectId: string;
  kind: ProjectTaskKind;
  title: string;
  notes: string;
  dueDate: string | null;
  assigneeMembershipId: string | null;
  doneAt: string | null;
  doneByMembershipId: string | null;
};

export type ProjectTasksQueryVariables = Exact<{
  projectId: Scalars["ID"]["input"];
}>;

export type ProjectTasksQuery = {
  __typename?: "Query";
  projectTasks: Array<{
    __typename?: "ProjectTask";
    id: string;
    projectId: string;
    kind: ProjectTaskKind;
    title: string;
    notes: string;
    dueDate: string | null;
    assigneeMembershipId: string | null;
    doneAt: string | null;
    doneByMembershipId: string | null;
  }>;
};

export type CreateProjectTaskMutationVariables = Exact<{
  input: CreateProjectTaskInput;
}>;

export type CreateProjectTaskMutation = {
  __typename?: "Mutation";
  createProjectTask: {
    __typename?: "ProjectTask";
    id: string;
    projectId: string;
    kind: ProjectTaskKind;
    title: string;
    notes: string;
    dueDate: string | null;
    assigneeMembershipId: string | null;
    doneAt: string | null;
    doneByMembershipId: string | null;
  };
};

export type UpdateProjectTaskMutationVariables = Exact<{
  input: UpdateProjectTaskInput;
}>;

export type UpdateProjectTaskMutation = {
  __typename?: "Mutation";
  updateProjectTask: {
    __typename?: "ProjectTask";
    id: string;
    projectId: string;
    kind: ProjectTaskKind;
    title: string;
    notes: string;
    dueDate: string | null;
    assigneeMembershipId: string | null;
    doneAt: string | null;
    doneByMembershipId: string | null;
  };
};

export type SetProjectTaskDoneMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  done: Scalars["Boolean"]["input"];
}>;

export type SetProjectTaskDoneMutation = {
  __typename?: "Mutation";
  setProjectTaskDone: {
    __typename?: "ProjectTask";
    id: string;
    projectId: string;
    kind: ProjectTaskKind;
    title: string;
    notes: string;
    dueDate: string | null;
    assigneeMembershipId: string | null;
    doneAt: string | null;
    doneByMembershipId: string | null;
  };
};

export type DeleteProjectTaskMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type DeleteProjectTaskMutation = {
  __typename?: "Mutation";
  deleteProjectTask: string;
};

export type ProjectsImpactQueryVariables = Exact<{ [key: string]: never }>;

export type ProjectsImpactQuery = {
  __typename?: "Query";
  projectsImpact: {
    __typename?: "ProjectsImpact";
    fundedCount: number;
    participations: number;
    pooledCents: number;
    savedCents: number;
    myPooledCents: number;
    mySavedCents: number;
  };
};

export type ProjectSummaryFragment = {
  __typename?: "Project";
  id: string;
  title: string;
  category: ProjectCategory;
  status: ProjectStatus;
  joinDeadline: string | null;
  voteDeadline: string | null;
  createdAt: string;
  totals: { __typename?: "BudgetTotals"; includingVatCents: number };
  shares: Array<{ __typename?: "ProjectShare"; membershipId: string }>;
};

export type BudgetLineFieldsFragment = {
  __typename?: "BudgetLine";
  id: string;
  label: string;
  supplier: string | null;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  soloPriceCents: number | null;
  excludingVatCents: number;
  vatCents: number;
  includingVatCents: number;
};

export type ShareFieldsFragment = {
  __typename?: "ProjectShare";
  membershipId: string;
  cents: number;
  savingCents: number;
  live: boolean;
};

export type ProjectFieldsFragment = {
  __typename?: "Project";
  id: string;
  title: string;
  description: string;
  category: ProjectCategory;
  status: ProjectStatus;
  minParticipants: number | null;
  minPledgedCents: number | null;
  joinDeadline: string | null;
  authorMembershipId: string;
  proposedAt: string | null;
  voteDeadline: string | null;
  frozenAt: string | null;
  createdAt: string;
  consultantIds: Array<string>;
  participating: boolean;
  myPledgeCents: number | null;
  pledgedCents: number;
  myVote: VoteChoice | null;
  splitRule: {
    __typename?: "SplitRule";
    kind: SplitRuleKind;
    defaultWeight: number | null;
    weights: Array<{
      __typename?: "ParticipantWeight";
      membershipId: string;
      weight: number;
    }>;
    fixed: Array<{
      __typename?: "ParticipantFixedAmount";
      membershipId: string;
      cents: number;
    }>;
  };
  budgetLines: Array<{
    __typename?: "BudgetLine";
    id: string;
    label: string;
    supplier: string | null;
    quantity: number;
    unitPriceCents: number;
    vatRateBp: number;
    soloPriceCents: number | null;
    excludingVatCents: number;
    vatCents: number;
    includingVatCents: number;
  }>;
  totals: {
    __typename?: "BudgetTotals";
    excludingVatCents: number;
    vatCents: number;
    includingVatCents: number;
    soloTotalCents: number;
    byVatRate: Array<{
      __typename?: "VatRateTotal";
      vatRateBp: number;
      excludingVatCents: number;
      vatCents: number;
    }>;
  };
  quotes: Array<{
    __typename?: "ProjectFile";
    id: string;
    mimeType: string;
    size: number;
    url: string;
  }>;
  shares: Array<{
    __typename?: "ProjectShare";
    membershipId: string;
    cents: number;
    savingCents: number;
    live: boolean;
  }>;
  myShare: {
    __typename?: "ProjectShare";
    membershipId: string;
    cents: number;
    savingCents: number;
    live: boolean;
  } | null;
  vote: {
    __typename?: "VoteResult";
    for: number;
    against: number;
    abstain: number;
    memberCount: number;
    quorumReached: boolean;
    approved: boolean;
    decided: boolean;
    closedAt: string | null;
  } | null;
};

export type ProjectsQueryVariables = Exact<{
  after: InputMaybe<Scalars["String"]["input"]>;
}>;

export type ProjectsQuery = {
  __typename?: "Query";
  projects: {
    __typename?: "ProjectConnection";
    nodes: Array<{
      __typename?: "Project";
      id: string;
      title: string;
      category: ProjectCategory;
      status: ProjectStatus;
      joinDeadline: string | null;
      voteDeadline: string | null;
      createdAt: string;
      totals: { __typename?: "BudgetTotals"; includingVatCents: number };
      shares: Array<{ __typename?: "ProjectShare"; membershipId: string }>;
    }>;
    pageInfo: {
      __typename?: "PageInfo";
      hasNextPage: boolean;
      endCursor: string | null;
    };
  };
};

export type ProjectQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type ProjectQuery = {
  __typename?: "Query";
  project: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type ProjectMembersQueryVariables = Exact<{ [key: string]: never }>;

export type ProjectMembersQuery = {
  __typename?: "Query";
  directory: {
    __typename?: "MembershipConnection";
    nodes: Array<{
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: { __typename?: "Shop"; id: string; name: string } | null;
    }>;
  };
  association: {
    __typename?: "Association";
    id: string;
    quorumPercent: number;
    majority: Majority;
  };
};

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type CreateProjectMutation = {
  __typename?: "Mutation";
  createProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;

export type UpdateProjectMutation = {
  __typename?: "Mutation";
  updateProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type LedgerEntryFieldsFragment = {
  __typename?: "LedgerEntry";
  id: string;
  debit: string;
  credit: string;
  cents: number;
  kind: LedgerEntryKind;
  paymentMethod: PaymentMethod | null;
  occurredAt: string;
  note: string | null;
  receiptId: string | null;
  reverses: string | null;
  createdByMembershipId: string;
  createdAt: string;
};

export type ProposeProjectMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  voteDeadline: Scalars["DateTime"]["input"];
}>;

export type ProposeProjectMutation = {
  __typename?: "Mutation";
  proposeProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type CastVoteMutationVariables = Exact<{
  projectId: Scalars["ID"]["input"];
  choice: VoteChoice;
}>;

export type CastVoteMutation = {
  __typename?: "Mutation";
  castVote: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type CloseVoteMutationVariables = Exact<{
  projectId: Scalars["ID"]["input"];
}>;

export type CloseVoteMutation = {
  __typename?: "Mutation";
  closeVote: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type JoinProjectMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
  pledgeCents: InputMaybe<Scalars["Float"]["input"]>;
}>;

export type JoinProjectMutation = {
  __typename?: "Mutation";
  joinProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type LeaveProjectMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type LeaveProjectMutation = {
  __typename?: "Mutation";
  leaveProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type StartProjectMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type StartProjectMutation = {
  __typename?: "Mutation";
  startProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type CloseProjectMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type CloseProjectMutation = {
  __typename?: "Mutation";
  closeProject: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type ProjectLedgerQueryVariables = Exact<{
  projectId: Scalars["ID"]["input"];
}>;

export type ProjectLedgerQuery = {
  __typename?: "Query";
  ledger: Array<{
    __typename?: "LedgerEntry";
    id: string;
    debit: string;
    credit: string;
    cents: number;
    kind: LedgerEntryKind;
    paymentMethod: PaymentMethod | null;
    occurredAt: string;
    note: string | null;
    receiptId: string | null;
    reverses: string | null;
    createdByMembershipId: string;
    createdAt: string;
  }>;
  balances: {
    __typename?: "ProjectBalances";
    cashCents: number;
    expensesCents: number;
    participants: Array<{
      __typename?: "ParticipantBalance";
      membershipId: string;
      paidCents: number;
      owedCents: number;
      balanceCents: number;
    }>;
  };
  settlement: Array<{
    __typename?: "SettlementTransfer";
    from: string;
    to: string;
    cents: number;
  }>;
};

export type ProjectAuditQueryVariables = Exact<{
  projectId: Scalars["ID"]["input"];
}>;

export type ProjectAuditQuery = {
  __typename?: "Query";
  projectAudit: Array<{
    __typename?: "ProjectAuditEntry";
    id: string;
    actorMembershipId: string | null;
    action: string;
    before: string | null;
    after: string | null;
    createdAt: string;
  }>;
};

export type RecordContributionMutationVariables = Exact<{
  input: RecordContributionInput;
}>;

export type RecordContributionMutation = {
  __typename?: "Mutation";
  recordContribution: {
    __typename?: "LedgerEntry";
    id: string;
    debit: string;
    credit: string;
    cents: number;
    kind: LedgerEntryKind;
    paymentMethod: PaymentMethod | null;
    occurredAt: string;
    note: string | null;
    receiptId: string | null;
    reverses: string | null;
    createdByMembershipId: string;
    createdAt: string;
  };
};

export type RecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;

export type RecordExpenseMutation = {
  __typename?: "Mutation";
  recordExpense: {
    __typename?: "LedgerEntry";
    id: string;
    debit: string;
    credit: string;
    cents: number;
    kind: LedgerEntryKind;
    paymentMethod: PaymentMethod | null;
    occurredAt: string;
    note: string | null;
    receiptId: string | null;
    reverses: string | null;
    createdByMembershipId: string;
    createdAt: string;
  };
};

export type ReverseLedgerEntryMutationVariables = Exact<{
  input: ReverseLedgerEntryInput;
}>;

export type ReverseLedgerEntryMutation = {
  __typename?: "Mutation";
  reverseLedgerEntry: {
    __typename?: "LedgerEntry";
    id: string;
    debit: string;
    credit: string;
    cents: number;
    kind: LedgerEntryKind;
    paymentMethod: PaymentMethod | null;
    occurredAt: string;
    note: string | null;
    receiptId: string | null;
    reverses: string | null;
    createdByMembershipId: string;
    createdAt: string;
  };
};

export type RecordRefundMutationVariables = Exact<{
  input: RecordRefundInput;
}>;

export type RecordRefundMutation = {
  __typename?: "Mutation";
  recordRefund: {
    __typename?: "LedgerEntry";
    id: string;
    debit: string;
    credit: string;
    cents: number;
    kind: LedgerEntryKind;
    paymentMethod: PaymentMethod | null;
    occurredAt: string;
    note: string | null;
    receiptId: string | null;
    reverses: string | null;
    createdByMembershipId: string;
    createdAt: string;
  };
};

export type ProjectCommentsQueryVariables = Exact<{
  projectId: Scalars["ID"]["input"];
}>;

export type ProjectCommentsQuery = {
  __typename?: "Query";
  projectComments: Array<{
    __typename?: "ProjectComment";
    id: string;
    authorMembershipId: string;
    text: string;
    createdAt: string;
  }>;
};

export type CommentProjectMutationVariables = Exact<{
  projectId: Scalars["ID"]["input"];
  text: Scalars["String"]["input"];
}>;

export type CommentProjectMutation = {
  __typename?: "Mutation";
  commentProject: {
    __typename?: "ProjectComment";
    id: string;
    authorMembershipId: string;
    text: string;
    createdAt: string;
  };
};

export type AssignConsultantMutationVariables = Exact<{
  projectId: Scalars["ID"]["input"];
  membershipId: Scalars["ID"]["input"];
}>;

export type AssignConsultantMutation = {
  __typename?: "Mutation";
  assignConsultant: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export type UnassignConsultantMutationVariables = Exact<{
  projectId: Scalars["ID"]["input"];
  membershipId: Scalars["ID"]["input"];
}>;

export type UnassignConsultantMutation = {
  __typename?: "Mutation";
  unassignConsultant: {
    __typename?: "Project";
    id: string;
    title: string;
    description: string;
    category: ProjectCategory;
    status: ProjectStatus;
    minParticipants: number | null;
    minPledgedCents: number | null;
    joinDeadline: string | null;
    authorMembershipId: string;
    proposedAt: string | null;
    voteDeadline: string | null;
    frozenAt: string | null;
    createdAt: string;
    consultantIds: Array<string>;
    participating: boolean;
    myPledgeCents: number | null;
    pledgedCents: number;
    myVote: VoteChoice | null;
    splitRule: {
      __typename?: "SplitRule";
      kind: SplitRuleKind;
      defaultWeight: number | null;
      weights: Array<{
        __typename?: "ParticipantWeight";
        membershipId: string;
        weight: number;
      }>;
      fixed: Array<{
        __typename?: "ParticipantFixedAmount";
        membershipId: string;
        cents: number;
      }>;
    };
    budgetLines: Array<{
      __typename?: "BudgetLine";
      id: string;
      label: string;
      supplier: string | null;
      quantity: number;
      unitPriceCents: number;
      vatRateBp: number;
      soloPriceCents: number | null;
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
    }>;
    totals: {
      __typename?: "BudgetTotals";
      excludingVatCents: number;
      vatCents: number;
      includingVatCents: number;
      soloTotalCents: number;
      byVatRate: Array<{
        __typename?: "VatRateTotal";
        vatRateBp: number;
        excludingVatCents: number;
        vatCents: number;
      }>;
    };
    quotes: Array<{
      __typename?: "ProjectFile";
      id: string;
      mimeType: string;
      size: number;
      url: string;
    }>;
    shares: Array<{
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    }>;
    myShare: {
      __typename?: "ProjectShare";
      membershipId: string;
      cents: number;
      savingCents: number;
      live: boolean;
    } | null;
    vote: {
      __typename?: "VoteResult";
      for: number;
      against: number;
      abstain: number;
      memberCount: number;
      quorumReached: boolean;
      approved: boolean;
      decided: boolean;
      closedAt: string | null;
    } | null;
  };
};

export const ProjectTaskFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectTaskFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectTask" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "projectId" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          { kind: "Field", name: { kind: "Name", value: "dueDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "assigneeMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "doneAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "doneByMembershipId" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectTaskFieldsFragment, unknown>;
export const ProjectSummaryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectSummaryFragment, unknown>;
export const BudgetLineFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BudgetLineFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const ProjectTasksDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectTasks" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "projectTasks" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectTaskFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectTaskFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectTask" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "projectId" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          { kind: "Field", name: { kind: "Name", value: "dueDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "assigneeMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "doneAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "doneByMembershipId" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectTasksQuery, ProjectTasksQueryVariables>;
export const CreateProjectTaskDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateProjectTask" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateProjectTaskInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createProjectTask" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectTaskFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectTaskFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectTask" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "projectId" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          { kind: "Field", name: { kind: "Name", value: "dueDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "assigneeMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "doneAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "doneByMembershipId" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateProjectTaskMutation,
  CreateProjectTaskMutationVariables
>;
export const UpdateProjectTaskDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateProjectTask" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "UpdateProjectTaskInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateProjectTask" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectTaskFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectTaskFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectTask" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "projectId" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          { kind: "Field", name: { kind: "Name", value: "dueDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "assigneeMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "doneAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "doneByMembershipId" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateProjectTaskMutation,
  UpdateProjectTaskMutationVariables
>;
export const SetProjectTaskDoneDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetProjectTaskDone" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "done" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "Boolean" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setProjectTaskDone" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "done" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "done" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectTaskFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectTaskFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectTask" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "projectId" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          { kind: "Field", name: { kind: "Name", value: "dueDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "assigneeMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "doneAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "doneByMembershipId" },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetProjectTaskDoneMutation,
  SetProjectTaskDoneMutationVariables
>;
export const DeleteProjectTaskDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteProjectTask" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteProjectTask" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteProjectTaskMutation,
  DeleteProjectTaskMutationVariables
>;
export const ProjectsImpactDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectsImpact" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "projectsImpact" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "fundedCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "participations" },
                },
                { kind: "Field", name: { kind: "Name", value: "pooledCents" } },
                { kind: "Field", name: { kind: "Name", value: "savedCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "myPooledCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "mySavedCents" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectsImpactQuery, ProjectsImpactQueryVariables>;
export const ProjectsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Projects" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "after" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "projects" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "40" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "after" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProjectSummary" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "endCursor" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectSummary" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Project" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "project" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const ProjectMembersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectMembers" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "directory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "user" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "shop" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "id" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "association" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumPercent" },
                },
                { kind: "Field", name: { kind: "Name", value: "majority" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectMembersQuery, ProjectMembersQueryVariables>;
export const CreateProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateProjectInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateProjectMutation,
  CreateProjectMutationVariables
>;
export const UpdateProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "UpdateProjectInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateProjectMutation,
  UpdateProjectMutationVariables
>;
export const ProposeProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposeProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "voteDeadline" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DateTime" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposeProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "voteDeadline" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "voteDeadline" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProposeProjectMutation,
  ProposeProjectMutationVariables
>;
export const CastVoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CastVote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "choice" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "VoteChoice" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "castVote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "choice" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "choice" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const CloseVoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CloseVote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "closeVote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseVoteMutation, CloseVoteMutationVariables>;
export const JoinProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "JoinProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "pledgeCents" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "joinProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "pledgeCents" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "pledgeCents" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinProjectMutation, JoinProjectMutationVariables>;
export const LeaveProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "LeaveProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "leaveProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  LeaveProjectMutation,
  LeaveProjectMutationVariables
>;
export const StartProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StartProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "startProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StartProjectMutation,
  StartProjectMutationVariables
>;
export const CloseProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CloseProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "closeProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CloseProjectMutation,
  CloseProjectMutationVariables
>;
export const ProjectLedgerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectLedger" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ledger" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "LedgerEntryFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "balances" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cashCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "expensesCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "participants" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "paidCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "owedCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "balanceCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "settlement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "cents" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectLedgerQuery, ProjectLedgerQueryVariables>;
export const ProjectAuditDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "projectAudit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actorMembershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "action" } },
                { kind: "Field", name: { kind: "Name", value: "before" } },
                { kind: "Field", name: { kind: "Name", value: "after" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectAuditQuery, ProjectAuditQueryVariables>;
export const RecordContributionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordContribution" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RecordContributionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordContribution" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "LedgerEntryFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordContributionMutation,
  RecordContributionMutationVariables
>;
export const RecordExpenseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordExpense" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RecordExpenseInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordExpense" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "LedgerEntryFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordExpenseMutation,
  RecordExpenseMutationVariables
>;
export const ReverseLedgerEntryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReverseLedgerEntry" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReverseLedgerEntryInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reverseLedgerEntry" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "LedgerEntryFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReverseLedgerEntryMutation,
  ReverseLedgerEntryMutationVariables
>;
export const RecordRefundDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordRefund" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RecordRefundInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordRefund" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "LedgerEntryFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "LedgerEntry" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "debit" } },
          { kind: "Field", name: { kind: "Name", value: "credit" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "paymentMethod" } },
          { kind: "Field", name: { kind: "Name", value: "occurredAt" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "receiptId" } },
          { kind: "Field", name: { kind: "Name", value: "reverses" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdByMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordRefundMutation,
  RecordRefundMutationVariables
>;
export const ProjectCommentsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProjectComments" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "projectComments" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "authorMembershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "text" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProjectCommentsQuery,
  ProjectCommentsQueryVariables
>;
export const CommentProjectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CommentProject" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "commentProject" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "text" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "authorMembershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "text" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CommentProjectMutation,
  CommentProjectMutationVariables
>;
export const AssignConsultantDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AssignConsultant" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "membershipId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "assignConsultant" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "membershipId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "membershipId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AssignConsultantMutation,
  AssignConsultantMutationVariables
>;
export const UnassignConsultantDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnassignConsultant" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "projectId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "membershipId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unassignConsultant" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "projectId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "projectId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "membershipId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "membershipId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ProjectFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BudgetLineFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "BudgetLine" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "supplier" } },
          { kind: "Field", name: { kind: "Name", value: "quantity" } },
          { kind: "Field", name: { kind: "Name", value: "unitPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatRateBp" } },
          { kind: "Field", name: { kind: "Name", value: "soloPriceCents" } },
          { kind: "Field", name: { kind: "Name", value: "excludingVatCents" } },
          { kind: "Field", name: { kind: "Name", value: "vatCents" } },
          { kind: "Field", name: { kind: "Name", value: "includingVatCents" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ShareFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ProjectShare" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "cents" } },
          { kind: "Field", name: { kind: "Name", value: "savingCents" } },
          { kind: "Field", name: { kind: "Name", value: "live" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProjectFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Project" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "category" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "minParticipants" } },
          { kind: "Field", name: { kind: "Name", value: "minPledgedCents" } },
          { kind: "Field", name: { kind: "Name", value: "joinDeadline" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "proposedAt" } },
          { kind: "Field", name: { kind: "Name", value: "voteDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "frozenAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "consultantIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "splitRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weights" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weight" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "defaultWeight" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "fixed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "membershipId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "cents" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "budgetLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "BudgetLineFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "excludingVatCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "vatCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "includingVatCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "soloTotalCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byVatRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatRateBp" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "excludingVatCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vatCents" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "mimeType" } },
                { kind: "Field", name: { kind: "Name", value: "size" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shares" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myShare" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "ShareFields" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "participating" } },
          { kind: "Field", name: { kind: "Name", value: "myPledgeCents" } },
          { kind: "Field", name: { kind: "Name", value: "pledgedCents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "vote" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "for" } },
                { kind: "Field", name: { kind: "Name", value: "against" } },
                { kind: "Field", name: { kind: "Name", value: "abstain" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quorumReached" },
                },
                { kind: "Field", name: { kind: "Name", value: "approved" } },
                { kind: "Field", name: { kind: "Name", value: "decided" } },
                { kind: "Field", name: { kind: "Name", value: "closedAt" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "myVote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UnassignConsultantMutation,
  UnassignConsultantMutationVariables
>;
