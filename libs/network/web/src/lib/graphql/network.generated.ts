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

export type MentionCandidatesQueryVariables = Exact<{
  search: Scalars["String"]["input"];
}>;

export type MentionCandidatesQuery = {
  __typename?: "Query";
  directory: {
    __typename?: "MembershipConnection";
    nodes: Array<{
      __typename?: "Membership";
      id: string;
      user: { __typename?: "User"; id: string; name: string };
      shop: { __typename?: "Shop"; id: string; name: string } | null;
    }>;
  };
};

export type TopicFieldsFragment = {
  __typename?: "Topic";
  id: string;
  name: string;
  openToConsultants: boolean;
  position: number;
  archivedAt: string | null;
};

export type AuthorFieldsFragment = {
  __typename?: "Membership";
  id: string;
  role: Role;
  user: { __typename?: "User"; id: string; name: string };
  shop: {
    __typename?: "Shop";
    id: string;
    name: string;
    logoUrl: string | null;
  } | null;
};

export type PostFieldsFragment = {
  __typename?: "Post";
  id: string;
  text: string;
  createdAt: string;
  editedAt: string | null;
  pinned: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  mine: boolean;
  commentCount: number;
  author: {
    __typename?: "Membership";
    id: string;
    role: Role;
    user: { __typename?: "User"; id: string; name: string };
    shop: {
      __typename?: "Shop";
      id: string;
      name: string;
      logoUrl: string | null;
    } | null;
  } | null;
  topic: { __typename?: "Topic"; id: string; name: string } | null;
  images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
  reactions: Array<{
    __typename?: "ReactionSummary";
    emoji: ReactionEmoji;
    symbol: string;
    count: number;
    reactedByMe: boolean;
  }>;
};

export type CommentCoreFragment = {
  __typename?: "Comment";
  id: string;
  postId: string;
  parentId: string | null;
  text: string;
  createdAt: string;
  editedAt: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  mine: boolean;
  author: {
    __typename?: "Membership";
    id: string;
    role: Role;
    user: { __typename?: "User"; id: string; name: string };
    shop: {
      __typename?: "Shop";
      id: string;
      name: string;
      logoUrl: string | null;
    } | null;
  } | null;
};

export type CommentFieldsFragment = {
  __typename?: "Comment";
  id: string;
  postId: string;
  parentId: string | null;
  text: string;
  createdAt: string;
  editedAt: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  mine: boolean;
  replies: Array<{
    __typename?: "Comment";
    id: string;
    postId: string;
    parentId: string | null;
    text: string;
    createdAt: string;
    editedAt: string | null;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
  }>;
  author: {
    __typename?: "Membership";
    id: string;
    role: Role;
    user: { __typename?: "User"; id: string; name: string };
    shop: {
      __typename?: "Shop";
      id: string;
      name: string;
      logoUrl: string | null;
    } | null;
  } | null;
};

export type TopicsQueryVariables = Exact<{ [key: string]: never }>;

export type TopicsQuery = {
  __typename?: "Query";
  topics: Array<{
    __typename?: "Topic";
    id: string;
    name: string;
    openToConsultants: boolean;
    position: number;
    archivedAt: string | null;
  }>;
};

export type FeedQueryVariables = Exact<{
  topicId: InputMaybe<Scalars["ID"]["input"]>;
  first: InputMaybe<Scalars["Int"]["input"]>;
  after: InputMaybe<Scalars["String"]["input"]>;
}>;

export type FeedQuery = {
  __typename?: "Query";
  feed: {
    __typename?: "PostConnection";
    nodes: Array<{
      __typename?: "Post";
      id: string;
      text: string;
      createdAt: string;
      editedAt: string | null;
      pinned: boolean;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      commentCount: number;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
      topic: { __typename?: "Topic"; id: string; name: string } | null;
      images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
      reactions: Array<{
        __typename?: "ReactionSummary";
        emoji: ReactionEmoji;
        symbol: string;
        count: number;
        reactedByMe: boolean;
      }>;
    }>;
    pageInfo: {
      __typename?: "PageInfo";
      endCursor: string | null;
      hasNextPage: boolean;
    };
  };
};

export type PostQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type PostQuery = {
  __typename?: "Query";
  post: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type CommentsQueryVariables = Exact<{
  postId: Scalars["ID"]["input"];
  first: InputMaybe<Scalars["Int"]["input"]>;
  after: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CommentsQuery = {
  __typename?: "Query";
  comments: {
    __typename?: "CommentConnection";
    nodes: Array<{
      __typename?: "Comment";
      id: string;
      postId: string;
      parentId: string | null;
      text: string;
      createdAt: string;
      editedAt: string | null;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      replies: Array<{
        __typename?: "Comment";
        id: string;
        postId: string;
        parentId: string | null;
        text: string;
        createdAt: string;
        editedAt: string | null;
        hidden: boolean;
        hiddenReason: string | null;
        mine: boolean;
        author: {
          __typename?: "Membership";
          id: string;
          role: Role;
          user: { __typename?: "User"; id: string; name: string };
          shop: {
            __typename?: "Shop";
            id: string;
            name: string;
            logoUrl: string | null;
          } | null;
        } | null;
      }>;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
    }>;
    pageInfo: {
      __typename?: "PageInfo";
      endCursor: string | null;
      hasNextPage: boolean;
    };
  };
};

export type ReactorsQueryVariables = Exact<{
  postId: Scalars["ID"]["input"];
  emoji: ReactionEmoji;
}>;

export type ReactorsQuery = {
  __typename?: "Query";
  reactors: Array<{
    __typename?: "Membership";
    id: string;
    user: { __typename?: "User"; id: string; name: string };
    shop: { __typename?: "Shop"; id: string; name: string } | null;
  }>;
};

export type SearchQueryVariables = Exact<{
  query: Scalars["String"]["input"];
  first: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type SearchQuery = {
  __typename?: "Query";
  search: Array<{
    __typename?: "SearchResult";
    type: SearchResultType;
    id: string;
    postId: string | null;
    membershipId: string;
    title: string;
    snippet: string;
    createdAt: string | null;
  }>;
};

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;

export type CreatePostMutation = {
  __typename?: "Mutation";
  createPost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type UpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;

export type UpdatePostMutation = {
  __typename?: "Mutation";
  updatePost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type DeletePostMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type DeletePostMutation = {
  __typename?: "Mutation";
  deletePost: boolean;
};

export type PinPostMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type PinPostMutation = {
  __typename?: "Mutation";
  pinPost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type UnpinPostMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type UnpinPostMutation = {
  __typename?: "Mutation";
  unpinPost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type HidePostMutationVariables = Exact<{
  input: HideContentInput;
}>;

export type HidePostMutation = {
  __typename?: "Mutation";
  hidePost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type UnhidePostMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type UnhidePostMutation = {
  __typename?: "Mutation";
  unhidePost: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type ToggleReactionMutationVariables = Exact<{
  input: ReactionInput;
}>;

export type ToggleReactionMutation = {
  __typename?: "Mutation";
  toggleReaction: {
    __typename?: "Post";
    id: string;
    text: string;
    createdAt: string;
    editedAt: string | null;
    pinned: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    commentCount: number;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
    topic: { __typename?: "Topic"; id: string; name: string } | null;
    images: Array<{ __typename?: "PostImage"; id: string; url: string }>;
    reactions: Array<{
      __typename?: "ReactionSummary";
      emoji: ReactionEmoji;
      symbol: string;
      count: number;
      reactedByMe: boolean;
    }>;
  };
};

export type CreateCommentMutationVariables = Exact<{
  input: CreateCommentInput;
}>;

export type CreateCommentMutation = {
  __typename?: "Mutation";
  createComment: {
    __typename?: "Comment";
    id: string;
    postId: string;
    parentId: string | null;
    text: string;
    createdAt: string;
    editedAt: string | null;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    replies: Array<{
      __typename?: "Comment";
      id: string;
      postId: string;
      parentId: string | null;
      text: string;
      createdAt: string;
      editedAt: string | null;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
    }>;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
  };
};

export type UpdateCommentMutationVariables = Exact<{
  input: UpdateCommentInput;
}>;

export type UpdateCommentMutation = {
  __typename?: "Mutation";
  updateComment: {
    __typename?: "Comment";
    id: string;
    postId: string;
    parentId: string | null;
    text: string;
    createdAt: string;
    editedAt: string | null;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    replies: Array<{
      __typename?: "Comment";
      id: string;
      postId: string;
      parentId: string | null;
      text: string;
      createdAt: string;
      editedAt: string | null;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
    }>;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
  };
};

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type DeleteCommentMutation = {
  __typename?: "Mutation";
  deleteComment: boolean;
};

export type HideCommentMutationVariables = Exact<{
  input: HideContentInput;
}>;

export type HideCommentMutation = {
  __typename?: "Mutation";
  hideComment: {
    __typename?: "Comment";
    id: string;
    postId: string;
    parentId: string | null;
    text: string;
    createdAt: string;
    editedAt: string | null;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    replies: Array<{
      __typename?: "Comment";
      id: string;
      postId: string;
      parentId: string | null;
      text: string;
      createdAt: string;
      editedAt: string | null;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
    }>;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
  };
};

export type UnhideCommentMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type UnhideCommentMutation = {
  __typename?: "Mutation";
  unhideComment: {
    __typename?: "Comment";
    id: string;
    postId: string;
    parentId: string | null;
    text: string;
    createdAt: string;
    editedAt: string | null;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    replies: Array<{
      __typename?: "Comment";
      id: string;
      postId: string;
      parentId: string | null;
      text: string;
      createdAt: string;
      editedAt: string | null;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      author: {
        __typename?: "Membership";
        id: string;
        role: Role;
        user: { __typename?: "User"; id: string; name: string };
        shop: {
          __typename?: "Shop";
          id: string;
          name: string;
          logoUrl: string | null;
        } | null;
      } | null;
    }>;
    author: {
      __typename?: "Membership";
      id: string;
      role: Role;
      user: { __typename?: "User"; id: string; name: string };
      shop: {
        __typename?: "Shop";
        id: string;
        name: string;
        logoUrl: string | null;
      } | null;
    } | null;
  };
};

export type CreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;

export type CreateTopicMutation = {
  __typename?: "Mutation";
  createTopic: {
    __typename?: "Topic";
    id: string;
    name: string;
    openToConsultants: boolean;
    position: number;
    archivedAt: string | null;
  };
};

export type UpdateTopicMutationVariables = Exact<{
  input: UpdateTopicInput;
}>;

export type UpdateTopicMutation = {
  __typename?: "Mutation";
  updateTopic: {
    __typename?: "Topic";
    id: string;
    name: string;
    openToConsultants: boolean;
    position: number;
    archivedAt: string | null;
  };
};

export type ArchiveTopicMutationVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type ArchiveTopicMutation = {
  __typename?: "Mutation";
  archiveTopic: {
    __typename?: "Topic";
    id: string;
    name: string;
    openToConsultants: boolean;
    position: number;
    archivedAt: string | null;
  };
};

export const TopicFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TopicFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Topic" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "openToConsultants" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "archivedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TopicFieldsFragment, unknown>;
export const AuthorFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const CommentCoreFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentCoreFragment, unknown>;
export const CommentFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const MentionCandidatesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MentionCandidates" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "search" },
          },
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
            name: { kind: "Name", value: "directory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "search" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "6" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MentionCandidatesQuery,
  MentionCandidatesQueryVariables
>;
export const TopicsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Topics" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "TopicFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TopicFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Topic" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "openToConsultants" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "archivedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const FeedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Feed" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "topicId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
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
            name: { kind: "Name", value: "feed" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "topicId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "topicId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
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
                        name: { kind: "Name", value: "PostFields" },
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
                        name: { kind: "Name", value: "endCursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
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
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const PostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Post" },
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
            name: { kind: "Name", value: "post" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostQuery, PostQueryVariables>;
export const CommentsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Comments" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "postId" },
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
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
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
            name: { kind: "Name", value: "comments" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "postId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "postId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
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
                        name: { kind: "Name", value: "CommentFields" },
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
                        name: { kind: "Name", value: "endCursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
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
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentsQuery, CommentsQueryVariables>;
export const ReactorsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Reactors" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "postId" },
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
            name: { kind: "Name", value: "emoji" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReactionEmoji" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reactors" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "postId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "postId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "emoji" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "emoji" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "shop" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactorsQuery, ReactorsQueryVariables>;
export const SearchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Search" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "query" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "search" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "query" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "query" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "postId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "snippet" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CreatePostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreatePost" },
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
              name: { kind: "Name", value: "CreatePostInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createPost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const UpdatePostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdatePost" },
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
              name: { kind: "Name", value: "UpdatePostInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updatePost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePostMutation, UpdatePostMutationVariables>;
export const DeletePostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeletePost" },
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
            name: { kind: "Name", value: "deletePost" },
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
} as unknown as DocumentNode<DeletePostMutation, DeletePostMutationVariables>;
export const PinPostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PinPost" },
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
            name: { kind: "Name", value: "pinPost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PinPostMutation, PinPostMutationVariables>;
export const UnpinPostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnpinPost" },
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
            name: { kind: "Name", value: "unpinPost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpinPostMutation, UnpinPostMutationVariables>;
export const HidePostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "HidePost" },
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
              name: { kind: "Name", value: "HideContentInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hidePost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HidePostMutation, HidePostMutationVariables>;
export const UnhidePostDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnhidePost" },
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
            name: { kind: "Name", value: "unhidePost" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnhidePostMutation, UnhidePostMutationVariables>;
export const ToggleReactionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ToggleReaction" },
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
              name: { kind: "Name", value: "ReactionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "toggleReaction" },
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
                  name: { kind: "Name", value: "PostFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PostFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Post" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "pinned" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          { kind: "Field", name: { kind: "Name", value: "commentCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "images" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reactions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "emoji" } },
                { kind: "Field", name: { kind: "Name", value: "symbol" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "reactedByMe" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ToggleReactionMutation,
  ToggleReactionMutationVariables
>;
export const CreateCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateComment" },
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
              name: { kind: "Name", value: "CreateCommentInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createComment" },
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
                  name: { kind: "Name", value: "CommentFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateCommentMutation,
  CreateCommentMutationVariables
>;
export const UpdateCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateComment" },
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
              name: { kind: "Name", value: "UpdateCommentInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateComment" },
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
                  name: { kind: "Name", value: "CommentFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateCommentMutation,
  UpdateCommentMutationVariables
>;
export const DeleteCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteComment" },
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
            name: { kind: "Name", value: "deleteComment" },
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
  DeleteCommentMutation,
  DeleteCommentMutationVariables
>;
export const HideCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "HideComment" },
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
              name: { kind: "Name", value: "HideContentInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "hideComment" },
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
                  name: { kind: "Name", value: "CommentFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HideCommentMutation, HideCommentMutationVariables>;
export const UnhideCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnhideComment" },
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
            name: { kind: "Name", value: "unhideComment" },
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
                  name: { kind: "Name", value: "CommentFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuthorFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Membership" },
      },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "logoUrl" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentCore" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "postId" } },
          { kind: "Field", name: { kind: "Name", value: "parentId" } },
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "editedAt" } },
          { kind: "Field", name: { kind: "Name", value: "hidden" } },
          { kind: "Field", name: { kind: "Name", value: "hiddenReason" } },
          { kind: "Field", name: { kind: "Name", value: "mine" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "AuthorFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CommentFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Comment" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "FragmentSpread",
            name: { kind: "Name", value: "CommentCore" },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "replies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CommentCore" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UnhideCommentMutation,
  UnhideCommentMutationVariables
>;
export const CreateTopicDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateTopic" },
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
              name: { kind: "Name", value: "CreateTopicInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createTopic" },
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
                  name: { kind: "Name", value: "TopicFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TopicFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Topic" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "openToConsultants" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "archivedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTopicMutation, CreateTopicMutationVariables>;
export const UpdateTopicDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateTopic" },
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
              name: { kind: "Name", value: "UpdateTopicInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateTopic" },
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
                  name: { kind: "Name", value: "TopicFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TopicFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Topic" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "openToConsultants" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "archivedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTopicMutation, UpdateTopicMutationVariables>;
export const ArchiveTopicDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ArchiveTopic" },
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
            name: { kind: "Name", value: "archiveTopic" },
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
                  name: { kind: "Name", value: "TopicFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TopicFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Topic" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "openToConsultants" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "archivedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveTopicMutation,
  ArchiveTopicMutationVariables
>;
