import type * as Types from "@assoc/platform-web/core";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type CashmobSignUpFieldsFragment = {
  id: string;
  firstName: string | null;
  email: string | null;
  status: Types.CashmobSignUpStatus;
  position: number;
  intendedSpendCents: number | null;
  walkIn: boolean;
  checkedInAt: string | null;
};

export type CashmobSignUpsQueryVariables = Types.Exact<{
  cashmobId: Types.Scalars["ID"]["input"];
  search: Types.InputMaybe<Types.Scalars["String"]["input"]>;
}>;

export type CashmobSignUpsQuery = {
  cashmobSignUps: Array<CashmobSignUpFieldsFragment>;
};

export type CheckInSignUpMutationVariables = Types.Exact<{
  signUpId: Types.Scalars["ID"]["input"];
}>;

export type CheckInSignUpMutation = {
  checkInSignUp: CashmobSignUpFieldsFragment;
};

export type AddWalkInMutationVariables = Types.Exact<{
  cashmobId: Types.Scalars["ID"]["input"];
  firstName: Types.Scalars["String"]["input"];
}>;

export type AddWalkInMutation = { addWalkIn: CashmobSignUpFieldsFragment };

export type CheckInByCodeMutationVariables = Types.Exact<{
  cashmobId: Types.Scalars["ID"]["input"];
  code: Types.Scalars["String"]["input"];
}>;

export type CheckInByCodeMutation = {
  checkInByCode: CashmobSignUpFieldsFragment;
};

export type CashmobFieldsFragment = {
  id: string;
  status: Types.CashmobStatus;
  allowedEvents: Array<Types.CashmobEvent>;
  hostMembershipId: string;
  organiserMembershipId: string;
  startsAt: string;
  endsAt: string;
  meetingPoint: string;
  spendMinCents: number;
  spendMaxCents: number;
  capacity: number | null;
  message: string;
  counterStartsAt: string | null;
  counterEndsAt: string | null;
  shopMessage: string | null;
  cancelReason: string | null;
  slug: string | null;
  publishedAt: string | null;
  confirmedCount: number;
  waitingCount: number;
  spotsLeft: number | null;
  supportCount: number;
  supportedByMe: boolean;
  createdAt: string;
  shop: {
    id: string;
    membershipId: string;
    name: string;
    trade: Types.TradeCategory;
    address: string;
    postcode: string;
    town: string;
  };
  result: {
    salesCount: number;
    revenueCents: number;
    ordinaryRevenueCents: number | null;
  } | null;
};

export type SuggestedShopFieldsFragment = {
  shopId: string;
  membershipId: string;
  name: string;
  trade: Types.TradeCategory;
  lastCashmobAt: string | null;
  declinedAt: string | null;
  supports: number;
  skippedUntil: string | null;
};

export type CashmobsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CashmobsQuery = { cashmobs: Array<CashmobFieldsFragment> };

export type CashmobQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CashmobQuery = { cashmob: CashmobFieldsFragment };

export type CashmobReportQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CashmobReportQuery = {
  cashmobReport: {
    cashmobId: string;
    confirmed: number;
    checkIns: number;
    walkIns: number;
    salesCount: number | null;
    revenueCents: number | null;
    averageBasketCents: number | null;
    averageIntendedSpendCents: number | null;
    intendedTotalCents: number;
    upliftBp: number | null;
  };
};

export type SuggestedShopsQueryVariables = Types.Exact<{
  [key: string]: never;
}>;

export type SuggestedShopsQuery = {
  suggestedShops: {
    suggested: Array<SuggestedShopFieldsFragment>;
    skipped: Array<SuggestedShopFieldsFragment>;
    tradeMix: Array<{
      trade: Types.TradeCategory;
      shops: number;
      hadCashmob: number;
    }>;
  };
};

export type CashmobSettingsQueryVariables = Types.Exact<{
  [key: string]: never;
}>;

export type CashmobSettingsQuery = {
  cashmobSettings: { leadTimeDays: number };
};

export type UpdateCashmobSettingsMutationVariables = Types.Exact<{
  leadTimeDays: Types.Scalars["Int"]["input"];
}>;

export type UpdateCashmobSettingsMutation = {
  updateCashmobSettings: { leadTimeDays: number };
};

export type ProposeCashmobMutationVariables = Types.Exact<{
  input: Types.ProposeCashmobInput;
}>;

export type ProposeCashmobMutation = { proposeCashmob: CashmobFieldsFragment };

export type SupportCashmobMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type SupportCashmobMutation = { supportCashmob: CashmobFieldsFragment };

export type UnsupportCashmobMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type UnsupportCashmobMutation = {
  unsupportCashmob: CashmobFieldsFragment;
};

export type AcceptCashmobMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type AcceptCashmobMutation = { acceptCashmob: CashmobFieldsFragment };

export type ProposeOtherSlotMutationVariables = Types.Exact<{
  input: Types.ProposeOtherSlotInput;
}>;

export type ProposeOtherSlotMutation = {
  proposeOtherSlot: CashmobFieldsFragment;
};

export type DeclineCashmobMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  message: Types.Scalars["String"]["input"];
}>;

export type DeclineCashmobMutation = { declineCashmob: CashmobFieldsFragment };

export type AcceptOtherSlotMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type AcceptOtherSlotMutation = {
  acceptOtherSlot: CashmobFieldsFragment;
};

export type CancelCashmobMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  reason: Types.Scalars["String"]["input"];
}>;

export type CancelCashmobMutation = { cancelCashmob: CashmobFieldsFragment };

export type RecordCashmobResultMutationVariables = Types.Exact<{
  input: Types.RecordCashmobResultInput;
}>;

export type RecordCashmobResultMutation = {
  recordCashmobResult: CashmobFieldsFragment;
};

export type PostCashmobThanksMutationVariables = Types.Exact<{
  input: Types.CreatePostInput;
}>;

export type PostCashmobThanksMutation = { createPost: { id: string } };

export type PublicCashmobFieldsFragment = {
  slug: string;
  status: Types.CashmobStatus;
  associationName: string;
  timeZone: string;
  shopName: string;
  trade: Types.TradeCategory;
  address: string;
  postcode: string;
  town: string;
  story: string;
  startsAt: string;
  endsAt: string;
  meetingPoint: string;
  spendMinCents: number;
  spendMaxCents: number;
  confirmedCount: number;
  capacity: number | null;
  spotsLeft: number | null;
  acceptsSignUps: boolean;
};

export type MySignUpFieldsFragment = {
  firstName: string | null;
  email: string | null;
  status: Types.CashmobSignUpStatus;
  waitingRank: number | null;
  intendedSpendCents: number | null;
  locale: Types.Locale;
  checkInCode: string;
  checkedInAt: string | null;
  cashmob: PublicCashmobFieldsFragment;
};

export type PublicCashmobQueryVariables = Types.Exact<{
  slug: Types.Scalars["String"]["input"];
}>;

export type PublicCashmobQuery = { publicCashmob: PublicCashmobFieldsFragment };

export type SignUpToCashmobMutationVariables = Types.Exact<{
  slug: Types.Scalars["String"]["input"];
  input: Types.SignUpToCashmobInput;
}>;

export type SignUpToCashmobMutation = {
  signUpToCashmob: {
    status: Types.CashmobSignUpStatus;
    waitingRank: number | null;
  };
};

export type MySignUpQueryVariables = Types.Exact<{
  token: Types.Scalars["String"]["input"];
}>;

export type MySignUpQuery = { mySignUp: MySignUpFieldsFragment };

export type ChangeSignUpMutationVariables = Types.Exact<{
  token: Types.Scalars["String"]["input"];
  intendedSpendCents: Types.Scalars["Int"]["input"];
}>;

export type ChangeSignUpMutation = { changeSignUp: MySignUpFieldsFragment };

export type CancelSignUpMutationVariables = Types.Exact<{
  token: Types.Scalars["String"]["input"];
}>;

export type CancelSignUpMutation = { cancelSignUp: MySignUpFieldsFragment };

export type DeleteSignUpMutationVariables = Types.Exact<{
  token: Types.Scalars["String"]["input"];
}>;

export type DeleteSignUpMutation = { deleteSignUp: boolean };

export const CashmobSignUpFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobSignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "walkIn" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobSignUpFieldsFragment, unknown>;
export const CashmobFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobFieldsFragment, unknown>;
export const SuggestedShopFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SuggestedShopFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "SuggestedShop" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "shopId" } },
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "lastCashmobAt" } },
          { kind: "Field", name: { kind: "Name", value: "declinedAt" } },
          { kind: "Field", name: { kind: "Name", value: "supports" } },
          { kind: "Field", name: { kind: "Name", value: "skippedUntil" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestedShopFieldsFragment, unknown>;
export const PublicCashmobFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicCashmobFieldsFragment, unknown>;
export const MySignUpFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MySignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MyCashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "waitingRank" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "locale" } },
          { kind: "Field", name: { kind: "Name", value: "checkInCode" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmob" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySignUpFieldsFragment, unknown>;
export const CashmobSignUpsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashmobSignUps" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cashmobId" },
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
            name: { kind: "Name", value: "search" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmobSignUps" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cashmobId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cashmobId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "search" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobSignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobSignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "walkIn" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobSignUpsQuery, CashmobSignUpsQueryVariables>;
export const CheckInSignUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CheckInSignUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "signUpId" },
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
            name: { kind: "Name", value: "checkInSignUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "signUpId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "signUpId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobSignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobSignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "walkIn" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CheckInSignUpMutation,
  CheckInSignUpMutationVariables
>;
export const AddWalkInDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddWalkIn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cashmobId" },
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
            name: { kind: "Name", value: "firstName" },
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
            name: { kind: "Name", value: "addWalkIn" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cashmobId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cashmobId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "firstName" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "firstName" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobSignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobSignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "walkIn" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddWalkInMutation, AddWalkInMutationVariables>;
export const CheckInByCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CheckInByCode" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cashmobId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "code" } },
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
            name: { kind: "Name", value: "checkInByCode" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cashmobId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cashmobId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "code" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "code" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobSignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobSignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "walkIn" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CheckInByCodeMutation,
  CheckInByCodeMutationVariables
>;
export const CashmobsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cashmobs" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmobs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobsQuery, CashmobsQueryVariables>;
export const CashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cashmob" },
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
            name: { kind: "Name", value: "cashmob" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobQuery, CashmobQueryVariables>;
export const CashmobReportDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashmobReport" },
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
            name: { kind: "Name", value: "cashmobReport" },
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
                { kind: "Field", name: { kind: "Name", value: "cashmobId" } },
                { kind: "Field", name: { kind: "Name", value: "confirmed" } },
                { kind: "Field", name: { kind: "Name", value: "checkIns" } },
                { kind: "Field", name: { kind: "Name", value: "walkIns" } },
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "averageBasketCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "averageIntendedSpendCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intendedTotalCents" },
                },
                { kind: "Field", name: { kind: "Name", value: "upliftBp" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CashmobReportQuery, CashmobReportQueryVariables>;
export const SuggestedShopsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SuggestedShops" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "suggestedShops" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "suggested" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "SuggestedShopFields" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "skipped" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "SuggestedShopFields" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tradeMix" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "trade" } },
                      { kind: "Field", name: { kind: "Name", value: "shops" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hadCashmob" },
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
      name: { kind: "Name", value: "SuggestedShopFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "SuggestedShop" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "shopId" } },
          { kind: "Field", name: { kind: "Name", value: "membershipId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "lastCashmobAt" } },
          { kind: "Field", name: { kind: "Name", value: "declinedAt" } },
          { kind: "Field", name: { kind: "Name", value: "supports" } },
          { kind: "Field", name: { kind: "Name", value: "skippedUntil" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestedShopsQuery, SuggestedShopsQueryVariables>;
export const CashmobSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CashmobSettings" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmobSettings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "leadTimeDays" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CashmobSettingsQuery,
  CashmobSettingsQueryVariables
>;
export const UpdateCashmobSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateCashmobSettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "leadTimeDays" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateCashmobSettings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "leadTimeDays" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "leadTimeDays" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "leadTimeDays" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateCashmobSettingsMutation,
  UpdateCashmobSettingsMutationVariables
>;
export const ProposeCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposeCashmob" },
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
              name: { kind: "Name", value: "ProposeCashmobInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposeCashmob" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProposeCashmobMutation,
  ProposeCashmobMutationVariables
>;
export const SupportCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SupportCashmob" },
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
            name: { kind: "Name", value: "supportCashmob" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SupportCashmobMutation,
  SupportCashmobMutationVariables
>;
export const UnsupportCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnsupportCashmob" },
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
            name: { kind: "Name", value: "unsupportCashmob" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UnsupportCashmobMutation,
  UnsupportCashmobMutationVariables
>;
export const AcceptCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AcceptCashmob" },
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
            name: { kind: "Name", value: "acceptCashmob" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcceptCashmobMutation,
  AcceptCashmobMutationVariables
>;
export const ProposeOtherSlotDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposeOtherSlot" },
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
              name: { kind: "Name", value: "ProposeOtherSlotInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposeOtherSlot" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProposeOtherSlotMutation,
  ProposeOtherSlotMutationVariables
>;
export const DeclineCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeclineCashmob" },
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
            name: { kind: "Name", value: "message" },
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
            name: { kind: "Name", value: "declineCashmob" },
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
                name: { kind: "Name", value: "message" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "message" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeclineCashmobMutation,
  DeclineCashmobMutationVariables
>;
export const AcceptOtherSlotDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AcceptOtherSlot" },
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
            name: { kind: "Name", value: "acceptOtherSlot" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcceptOtherSlotMutation,
  AcceptOtherSlotMutationVariables
>;
export const CancelCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CancelCashmob" },
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
            name: { kind: "Name", value: "reason" },
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
            name: { kind: "Name", value: "cancelCashmob" },
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
                name: { kind: "Name", value: "reason" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "reason" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelCashmobMutation,
  CancelCashmobMutationVariables
>;
export const RecordCashmobResultDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordCashmobResult" },
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
              name: { kind: "Name", value: "RecordCashmobResultInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordCashmobResult" },
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
                  name: { kind: "Name", value: "CashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "shop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "membershipId" },
                },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                { kind: "Field", name: { kind: "Name", value: "postcode" } },
                { kind: "Field", name: { kind: "Name", value: "town" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "hostMembershipId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organiserMembershipId" },
          },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "counterStartsAt" } },
          { kind: "Field", name: { kind: "Name", value: "counterEndsAt" } },
          { kind: "Field", name: { kind: "Name", value: "shopMessage" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "waitingCount" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "supportCount" } },
          { kind: "Field", name: { kind: "Name", value: "supportedByMe" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "result" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "salesCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revenueCents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ordinaryRevenueCents" },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordCashmobResultMutation,
  RecordCashmobResultMutationVariables
>;
export const PostCashmobThanksDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PostCashmobThanks" },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PostCashmobThanksMutation,
  PostCashmobThanksMutationVariables
>;
export const PublicCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PublicCashmob" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
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
            name: { kind: "Name", value: "publicCashmob" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "slug" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicCashmobQuery, PublicCashmobQueryVariables>;
export const SignUpToCashmobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignUpToCashmob" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
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
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SignUpToCashmobInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signUpToCashmob" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "slug" },
                },
              },
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
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "waitingRank" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignUpToCashmobMutation,
  SignUpToCashmobMutationVariables
>;
export const MySignUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MySignUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "token" },
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
            name: { kind: "Name", value: "mySignUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "token" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "token" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MySignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MySignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MyCashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "waitingRank" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "locale" } },
          { kind: "Field", name: { kind: "Name", value: "checkInCode" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmob" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySignUpQuery, MySignUpQueryVariables>;
export const ChangeSignUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ChangeSignUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "token" },
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
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "changeSignUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "token" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "token" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "intendedSpendCents" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "intendedSpendCents" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MySignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MySignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MyCashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "waitingRank" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "locale" } },
          { kind: "Field", name: { kind: "Name", value: "checkInCode" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmob" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ChangeSignUpMutation,
  ChangeSignUpMutationVariables
>;
export const CancelSignUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CancelSignUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "token" },
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
            name: { kind: "Name", value: "cancelSignUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "token" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "token" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "MySignUpFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCashmobFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCashmob" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "trade" } },
          { kind: "Field", name: { kind: "Name", value: "address" } },
          { kind: "Field", name: { kind: "Name", value: "postcode" } },
          { kind: "Field", name: { kind: "Name", value: "town" } },
          { kind: "Field", name: { kind: "Name", value: "story" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "meetingPoint" } },
          { kind: "Field", name: { kind: "Name", value: "spendMinCents" } },
          { kind: "Field", name: { kind: "Name", value: "spendMaxCents" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedCount" } },
          { kind: "Field", name: { kind: "Name", value: "capacity" } },
          { kind: "Field", name: { kind: "Name", value: "spotsLeft" } },
          { kind: "Field", name: { kind: "Name", value: "acceptsSignUps" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MySignUpFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "MyCashmobSignUp" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "firstName" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "waitingRank" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intendedSpendCents" },
          },
          { kind: "Field", name: { kind: "Name", value: "locale" } },
          { kind: "Field", name: { kind: "Name", value: "checkInCode" } },
          { kind: "Field", name: { kind: "Name", value: "checkedInAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "cashmob" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCashmobFields" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelSignUpMutation,
  CancelSignUpMutationVariables
>;
export const DeleteSignUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteSignUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "token" },
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
            name: { kind: "Name", value: "deleteSignUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "token" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "token" },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteSignUpMutation,
  DeleteSignUpMutationVariables
>;
