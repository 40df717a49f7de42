export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AdoptIdeaInput = {
  as: IdeaOutcomeKind;
  ideaId: Scalars['ID']['input'];
};

export type AnswerIdeaInput = {
  ideaId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: IdeaStatus;
};

export type ApproveExpenseInput = {
  /** The expense awaiting a second signature. */
  entryId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};

export type BudgetLineInput = {
  label: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  /** What one shop alone would pay for the whole line, VAT included, integer cents. */
  soloPriceCents?: InputMaybe<Scalars['Float']['input']>;
  supplier?: InputMaybe<Scalars['String']['input']>;
  /** Unit price excluding VAT, integer cents. */
  unitPriceCents: Scalars['Float']['input'];
  /** VAT rate in basis points: 0, 210, 550, 1000 or 2000. */
  vatRateBp: Scalars['Int']['input'];
};

export type CalendarEventKind =
  | 'CAMPAIGN'
  | 'CASHMOB'
  | 'MEETING'
  | 'MILESTONE';

export type CampaignChannel =
  | 'BOTH'
  | 'IN_STORE'
  | 'ONLINE';

export type CampaignEvent =
  | 'CANCEL'
  | 'PUBLISH';

export type CampaignStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ENROLLING'
  | 'FINISHED'
  | 'PUBLISHED'
  | 'RUNNING';

export type CashmobEvent =
  | 'ACCEPT'
  | 'ACCEPT_COUNTER'
  | 'CANCEL'
  | 'COUNTER_PROPOSE'
  | 'DECLINE'
  | 'RECORD_RESULT';

export type CashmobSignUpStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITING';

export type CashmobStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'COUNTER_PROPOSED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'PUBLISHED';

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ClaimVoucherInput = {
  /** The person agrees that their e-mail is kept for this campaign (required with an e-mail). */
  consent?: Scalars['Boolean']['input'];
  /** Optional; kept only with consent, to allow one voucher per person. */
  email?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
};

export type CloseAccountInput = {
  /** A code of the second factor (or a recovery code), when it is on. */
  code?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

export type CommentIdeaInput = {
  body: Scalars['String']['input'];
  ideaId: Scalars['ID']['input'];
};

export type ConfirmSignUpInput = {
  token: Scalars['String']['input'];
};

export type CreateAssociationInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postcode: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  town: Scalars['String']['input'];
};

export type CreateCampaignInput = {
  channels?: CampaignChannel;
  description?: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  /** Shops enrol until then; at the latest the start. */
  enrolmentDeadline: Scalars['DateTime']['input'];
  /** Trades invited; empty: every trade. */
  invitedTrades?: Array<TradeCategory>;
  /** Percentage offers give at least this much (1–100). */
  minDiscountPercent?: InputMaybe<Scalars['Int']['input']>;
  /** UTC instant; the client converts from the association’s time zone. */
  startsAt: Scalars['DateTime']['input'];
  theme?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateCommentInput = {
  /** Reply to this comment (a reply to a reply attaches to the same top-level comment). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type CreateFeaturedProductInput = {
  /** http(s); null: the widget links to the shop. */
  link?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Integer cents; null: no price shown. */
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  text?: Scalars['String']['input'];
};

export type CreateMeetingInput = {
  agenda?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type CreatePostInput = {
  /** President and board only: publish as a pinned announcement and notify every member. */
  announcement?: Scalars['Boolean']['input'];
  /** Images uploaded first with POST /api/network/images (at most 5), in display order. */
  imageIds?: Array<Scalars['ID']['input']>;
  /** Plain text, 1 to 5000 characters, line breaks kept; mentions as @[Name](membershipId). */
  text: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateProjectInput = {
  budgetLines: Array<BudgetLineInput>;
  category: ProjectCategory;
  description?: Scalars['String']['input'];
  joinDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  minParticipants?: InputMaybe<Scalars['Int']['input']>;
  minPledgedCents?: InputMaybe<Scalars['Float']['input']>;
  splitRule: SplitRuleInput;
  title: Scalars['String']['input'];
};

export type CreateProjectTaskInput = {
  assigneeMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** A calendar day, "2026-12-24", in the association’s time zone. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  kind: ProjectTaskKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateTopicInput = {
  name: Scalars['String']['input'];
  openToConsultants?: Scalars['Boolean']['input'];
};

export type CreateWidgetInput = {
  /** #rgb or #rrggbb. */
  accentColor?: Scalars['String']['input'];
  backgroundColor?: Scalars['String']['input'];
  contents: Array<WidgetContent>;
  language?: WidgetLanguage;
  /** Items shown in all (1–24), shared fairly between the kinds. */
  maxItems?: Scalars['Int']['input'];
  /** For the association only (the widget shows the association’s name). */
  name: Scalars['String']['input'];
  /** Shops shown; empty: every shop. */
  shopIds?: Array<Scalars['ID']['input']>;
  size?: WidgetSize;
  textColor?: Scalars['String']['input'];
  /** Trades shown; empty: every trade. */
  trades?: Array<TradeCategory>;
};

export type CustomerCardInput = {
  customerId: Scalars['ID']['input'];
};

export type CustomersQueryInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DataExportKind =
  | 'ASSOCIATION'
  | 'PERSON';

export type DataExportStatus =
  | 'EXPIRED'
  | 'PENDING'
  | 'READY';

export type DayHoursInput = {
  day: Weekday;
  periods: Array<TimeRangeInput>;
};

export type DisableSecondFactorInput = {
  /** A code from the authenticator app, or a recovery code. */
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type EmailChangeTokenInput = {
  token: Scalars['String']['input'];
};

export type EmailFrequency =
  | 'DAILY_DIGEST'
  | 'IMMEDIATELY'
  | 'NEVER';

export type EnrolOfferInput = {
  amountOffCents?: InputMaybe<Scalars['Int']['input']>;
  campaignId: Scalars['ID']['input'];
  conditions?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  kind: OfferKind;
  /** Total uses allowed; null: no limit. */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** Only with personal vouchers, one per customer (e-mail). */
  onePerCustomer?: Scalars['Boolean']['input'];
  online?: Scalars['Boolean']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** The caller’s own shop. */
  shopId: Scalars['ID']['input'];
};

export type FundLoyaltyPotInput = {
  cents: Scalars['Int']['input'];
  /** Chosen by the page: a retry or a double tap counts once. */
  idempotencyKey: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

export type HideContentInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type IdeaKind =
  | 'OTHER'
  | 'PRODUCT'
  | 'SERVICE';

export type IdeaOutcomeKind =
  | 'CAMPAIGN'
  | 'PROJECT';

export type IdeaStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OPEN'
  | 'UNDER_STUDY';

export type ImpactBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type ImpactPeriodInput = {
  /** yyyy-mm-dd in the association’s time zone: any day of the month, quarter or year; the first day of a custom period. */
  from: Scalars['String']['input'];
  kind: ImpactPeriodKind;
  /** The last day (inclusive) of a custom period. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ImpactPeriodKind =
  | 'CUSTOM'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

/** APPROVED counts in balances; PENDING awaits a second board member; REJECTED was refused by them. */
export type LedgerApproval =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type LedgerEntryKind =
  | 'CONTRIBUTION'
  | 'CORRECTION'
  | 'EXPENSE'
  | 'REFUND';

/** The language a person reads the app and mails in. */
export type Locale =
  | 'EN'
  | 'FR';

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoyaltyMovementKind =
  | 'AWARD'
  | 'PURCHASE'
  | 'REDEMPTION'
  | 'REVERSAL'
  | 'SALE_SHARE';

export type LoyaltyPurchaseInput = {
  /** The purchase in cents: positive, at most the board’s maximum. */
  amountCents: Scalars['Int']['input'];
  /** The card’s code (scanned) or its short code (typed). */
  code: Scalars['String']['input'];
  /** Chosen by the page: a retry or a double tap counts once. */
  idempotencyKey: Scalars['String']['input'];
  /** A co-created product of the shop sold in this purchase. */
  productRef?: InputMaybe<Scalars['String']['input']>;
};

export type LoyaltyRedeemInput = {
  code: Scalars['String']['input'];
  /** Chosen by the page: a retry or a double tap counts once. */
  idempotencyKey: Scalars['String']['input'];
  rewardId: Scalars['ID']['input'];
};

export type LoyaltyRewardInput = {
  active: Scalars['Boolean']['input'];
  /** Absent: a new reward. */
  id?: InputMaybe<Scalars['ID']['input']>;
  label: Scalars['String']['input'];
  pointsCost: Scalars['Int']['input'];
  valueCents: Scalars['Int']['input'];
};

export type LoyaltySettingsInput = {
  campaignBonusPercent: Scalars['Int']['input'];
  dailyCapPoints: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
  maxPurchaseCents: Scalars['Int']['input'];
  pointsPerEuro: Scalars['Int']['input'];
};

export type LoyaltyShopInput = {
  inProgramme: Scalars['Boolean']['input'];
  /** The board names any shop; a shopkeeper only their own (absent). */
  shopId?: InputMaybe<Scalars['ID']['input']>;
};

/** SIMPLE: more for than against; TWO_THIRDS: at least two thirds of votes cast. */
export type Majority =
  | 'SIMPLE'
  | 'TWO_THIRDS';

export type MarkCoCreatedProductInput = {
  ideaId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  sharePercent: Scalars['Int']['input'];
};

/** BUDGET: against the shares frozen at funding (until closing); SPENT: recomputed on what was spent (closed). */
export type MoneyBasis =
  | 'BUDGET'
  | 'SPENT';

export type NotificationKind =
  | 'ANNOUNCEMENT'
  | 'ASSOCIATION_CLOSING'
  | 'ASSOCIATION_CLOSING_CANCELLED'
  | 'CASHMOB_REQUEST'
  | 'COMMENT_ON_MY_POST'
  | 'IDEA_ANSWERED'
  | 'MENTION'
  | 'MODERATION'
  | 'OFFER_REVIEWED'
  | 'PROJECT_DECIDED'
  | 'PROJECT_EXPENSE_TO_SIGN'
  | 'PROJECT_PROPOSED'
  | 'PROJECT_TASK_ASSIGNED'
  | 'REPLY_TO_MY_COMMENT';

export type OfferKind =
  | 'AMOUNT_OFF'
  | 'FREE_SERVICE'
  | 'GIFT'
  | 'PERCENT_OFF'
  | 'SPECIAL';

export type OfferStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type ParticipantFixedAmountInput = {
  cents: Scalars['Float']['input'];
  membershipId: Scalars['ID']['input'];
};

export type ParticipantWeightInput = {
  membershipId: Scalars['ID']['input'];
  weight: Scalars['Float']['input'];
};

export type PaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'TRANSFER';

export type ProjectCategory =
  | 'ANIMATION'
  | 'COMMUNICATION'
  | 'DECORATION'
  | 'DIGITAL'
  | 'LOGISTICS'
  | 'OTHER'
  | 'SECURITY'
  | 'TRAINING';

export type ProjectFileKind =
  | 'QUOTE'
  | 'RECEIPT';

export type ProjectStatus =
  | 'ACTIVE'
  | 'APPROVED_OPEN'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'FUNDED'
  | 'PROPOSED'
  | 'REJECTED';

export type ProjectTaskKind =
  | 'MILESTONE'
  | 'TASK';

export type ProposeCashmobInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsAt: Scalars['DateTime']['input'];
  meetingPoint: Scalars['String']['input'];
  message?: Scalars['String']['input'];
  shopId: Scalars['ID']['input'];
  spendMaxCents?: Scalars['Int']['input'];
  spendMinCents?: Scalars['Int']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type ProposeIdeaInput = {
  description?: Scalars['String']['input'];
  kind: IdeaKind;
  title: Scalars['String']['input'];
};

export type ProposeOtherSlotInput = {
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  message?: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** The fixed set of reactions: THUMBS_UP 👍, HEART ❤️, PARTY 🎉, CLAP 👏, BULB 💡 (REACTION_EMOJI in @assoc/network-domain). */
export type ReactionEmoji =
  | 'BULB'
  | 'CLAP'
  | 'HEART'
  | 'PARTY'
  | 'THUMBS_UP';

export type ReactionInput = {
  emoji: ReactionEmoji;
  postId: Scalars['ID']['input'];
};

export type RecommendationStatus =
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

export type RecordCashmobResultInput = {
  id: Scalars['ID']['input'];
  /** The revenue of an ordinary comparable afternoon, for the uplift. */
  ordinaryRevenueCents?: InputMaybe<Scalars['Int']['input']>;
  revenueCents: Scalars['Int']['input'];
  salesCount: Scalars['Int']['input'];
};

export type RecordContributionInput = {
  /** Integer cents, positive. */
  cents: Scalars['Float']['input'];
  /** Set once the treasurer confirmed a contribution beyond what the participant still owes (refused otherwise, naming by how much). */
  confirmOverpayment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  /** The participant who paid. */
  membershipId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  paymentMethod: PaymentMethod;
  projectId: Scalars['ID']['input'];
};

export type RecordExpenseInput = {
  cents: Scalars['Float']['input'];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A participant who paid the supplier directly; else the project cash paid. */
  paidByMembershipId?: InputMaybe<Scalars['ID']['input']>;
  paymentMethod?: InputMaybe<PaymentMethod>;
  projectId: Scalars['ID']['input'];
  /** From POST /api/projects/:id/receipts. */
  receiptId?: InputMaybe<Scalars['ID']['input']>;
  supplier: Scalars['String']['input'];
};

export type RecordRefundInput = {
  cents: Scalars['Float']['input'];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  /** The participant refunded by the project (give this or supplier). */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  paymentMethod?: InputMaybe<PaymentMethod>;
  projectId: Scalars['ID']['input'];
  /** The supplier refunding the project. */
  supplier?: InputMaybe<Scalars['String']['input']>;
};

export type RecordShopPaymentInput = {
  /** Integer cents, positive. */
  cents: Scalars['Float']['input'];
  /** The closed statement this payment settles (all or part). */
  closingId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking day, yyyy-mm-dd; today (association time) by default. */
  day?: InputMaybe<Scalars['String']['input']>;
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  label: Scalars['String']['input'];
  shopId: Scalars['ID']['input'];
};

export type RecordTreasuryEntryInput = {
  /** Integer cents, positive. */
  cents: Scalars['Float']['input'];
  /** The booking day, yyyy-mm-dd; today (association time) by default. */
  day?: InputMaybe<Scalars['String']['input']>;
  flow: TreasuryFlow;
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

export type RedeemCodeInput = {
  /** The basket, integer cents (optional). */
  basketCents?: InputMaybe<Scalars['Int']['input']>;
  /** As typed or scanned: case, spaces, dashes and look-alikes are forgiven. */
  code: Scalars['String']['input'];
};

export type RedemptionVerdict =
  | 'ALREADY_USED'
  | 'EXPIRED'
  | 'LIMIT_REACHED'
  | 'NOT_STARTED'
  | 'NOT_THIS_SHOP'
  | 'UNKNOWN'
  | 'VALID'
  | 'VOUCHER_REQUIRED';

export type RejectExpenseInput = {
  /** The expense awaiting a second signature. */
  entryId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  /** Why the second board member refuses it (shown in the ledger). */
  reason: Scalars['String']['input'];
};

export type RequestEmailChangeInput = {
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ReverseLedgerEntryInput = {
  entryId: Scalars['ID']['input'];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the money moved; now by default. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  projectId: Scalars['ID']['input'];
};

export type ReverseLoyaltyMovementInput = {
  /** Chosen by the page: a retry or a double tap counts once. */
  idempotencyKey: Scalars['String']['input'];
  movementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReverseTreasuryEntryInput = {
  entryId: Scalars['ID']['input'];
  /** Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type ReviewOfferInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** Required to reject; shown to the shop. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A person's role in one association. */
export type Role =
  | 'BOARD'
  | 'CONSULTANT'
  | 'MEMBER'
  | 'PRESIDENT';

/** What a search result opens: a post, a comment (in its post) or a member page. */
export type SearchResultType =
  | 'COMMENT'
  | 'MEMBER'
  | 'POST';

export type SecondFactorCodeInput = {
  /** A code from the authenticator app, or a recovery code. */
  code: Scalars['String']['input'];
};

/** The kind of device a session was opened on, as its User-Agent tells. */
export type SessionPlatform =
  | 'DESKTOP'
  | 'MOBILE'
  | 'TABLET'
  | 'TV'
  | 'UNKNOWN';

export type SetOverpaymentLimitInput = {
  /** Integer cents a contribution may go beyond what its participant still owes; null lifts the limit. */
  limitCents?: InputMaybe<Scalars['Float']['input']>;
  projectId: Scalars['ID']['input'];
};

export type ShopMetric =
  | 'BASKET_CENTS'
  | 'CASHMOBS'
  | 'CASHMOB_CHECK_INS'
  | 'CASHMOB_REVENUE_CENTS'
  | 'POOLED_CENTS'
  | 'REDEMPTIONS'
  | 'SAVED_CENTS'
  | 'VOUCHERS';

export type SignUpInput = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpToCashmobInput = {
  /** The person agrees that their first name and e-mail are kept for this cashmob (must be true). */
  consent: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  intendedSpendCents: Scalars['Int']['input'];
  locale?: Locale;
};

export type SignUpWithInvitationInput = {
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SplitRuleInput = {
  defaultWeight?: InputMaybe<Scalars['Float']['input']>;
  fixed?: InputMaybe<Array<ParticipantFixedAmountInput>>;
  kind: SplitRuleKind;
  weights?: InputMaybe<Array<ParticipantWeightInput>>;
};

export type SplitRuleKind =
  | 'EQUAL'
  | 'FIXED_AND_EQUAL'
  | 'WEIGHTED';

export type StatementPayment =
  | 'NOTHING_OWED'
  | 'PAID'
  | 'PARTLY_PAID'
  | 'UNPAID';

export type TimeRangeInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
};

/** Labels in French and English live in the directory domain. */
export type TradeCategory =
  | 'BAKERY'
  | 'BEAUTY'
  | 'BUTCHER'
  | 'CRAFTS'
  | 'CULTURE'
  | 'FASHION'
  | 'FLORIST'
  | 'FOOD'
  | 'HEALTH'
  | 'HOME'
  | 'JEWELLERY'
  | 'OTHER'
  | 'RESTAURANT'
  | 'SERVICES'
  | 'SPORT';

export type TreasuryAccountKind =
  | 'BANK'
  | 'DUES_RECEIVABLE'
  | 'EXPENSES'
  | 'GIFT_CHEQUES_OUTSTANDING'
  | 'INCOME'
  | 'LOYALTY_POT'
  | 'SHOP_PAYABLE';

export type TreasuryFlow =
  | 'EXPENSE'
  | 'INCOME';

export type TreasuryJournalInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type UpdateAccountInput = {
  locale: Locale;
  name: Scalars['String']['input'];
};

export type UpdateAssociationSettingsInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  majority?: InputMaybe<Majority>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  quorumPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Those who can act on money, roles or rules must have a second factor to do so; turning it on needs one on your own account. */
  secondFactorRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Integer cents above which a project expense needs a second signature; null turns it off. */
  secondSignatureAboveCents?: InputMaybe<Scalars['Float']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCampaignInput = {
  channels?: InputMaybe<CampaignChannel>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  enrolmentDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  invitedTrades?: InputMaybe<Array<TradeCategory>>;
  /** Null removes the minimum. */
  minDiscountPercent?: InputMaybe<Scalars['Int']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCashmobInput = {
  /** Null removes the limit; raising it moves the waiting list up. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  meetingPoint?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCommentInput = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type UpdateCommunitySettingsInput = {
  adoptedIdeaPoints?: InputMaybe<Scalars['Int']['input']>;
  helpfulRecommendationPoints?: InputMaybe<Scalars['Int']['input']>;
  usefulContributionPoints?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateFeaturedProductInput = {
  id: Scalars['ID']['input'];
  link?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMeetingInput = {
  agenda?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type UpdateMyShopInput = {
  address: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  openingHours: Array<DayHoursInput>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postcode: Scalars['String']['input'];
  town: Scalars['String']['input'];
  trade: TradeCategory;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNotificationPreferenceInput = {
  frequency: EmailFrequency;
  kind: NotificationKind;
};

export type UpdateOfferInput = {
  amountOffCents?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OfferKind>;
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  onePerCustomer?: InputMaybe<Scalars['Boolean']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  percentOff?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePostInput = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type UpdateProjectInput = {
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  category?: InputMaybe<ProjectCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  joinDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  minParticipants?: InputMaybe<Scalars['Int']['input']>;
  minPledgedCents?: InputMaybe<Scalars['Float']['input']>;
  splitRule?: InputMaybe<SplitRuleInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProjectTaskInput = {
  assigneeMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** A calendar day, "2026-12-24", in the association’s time zone. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: ProjectTaskKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type UpdateTopicInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  openToConsultants?: InputMaybe<Scalars['Boolean']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateWidgetInput = {
  accentColor?: InputMaybe<Scalars['String']['input']>;
  backgroundColor?: InputMaybe<Scalars['String']['input']>;
  contents?: InputMaybe<Array<WidgetContent>>;
  id: Scalars['ID']['input'];
  language?: InputMaybe<WidgetLanguage>;
  maxItems?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  shopIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  size?: InputMaybe<WidgetSize>;
  textColor?: InputMaybe<Scalars['String']['input']>;
  trades?: InputMaybe<Array<TradeCategory>>;
};

export type VoteChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WidgetContent =
  | 'CASHMOBS'
  | 'OFFERS'
  | 'PRODUCTS'
  | 'SHOPS';

export type WidgetLanguage =
  | 'EN'
  | 'FR';

export type WidgetSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';
