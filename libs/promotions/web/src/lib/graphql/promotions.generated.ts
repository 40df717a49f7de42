import type * as Types from "@assoc/platform-web/core";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type CampaignFieldsFragment = {
  id: string;
  title: string;
  theme: string;
  description: string;
  slug: string;
  status: Types.CampaignStatus;
  allowedEvents: Array<Types.CampaignEvent>;
  startsAt: string;
  endsAt: string;
  enrolmentDeadline: string;
  channels: Types.CampaignChannel;
  minDiscountPercent: number | null;
  invitedTrades: Array<Types.TradeCategory>;
  coverUrl: string | null;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
};

export type CampaignOfferFieldsFragment = {
  id: string;
  campaignId: string;
  code: string;
  kind: Types.OfferKind;
  percentOff: number | null;
  amountOffCents: number | null;
  description: string;
  conditions: string;
  headline: string;
  maxUses: number | null;
  onePerCustomer: boolean;
  online: boolean;
  onlineUrl: string | null;
  status: Types.OfferStatus;
  reviewReason: string | null;
  reviewedAt: string | null;
  redemptionCount: number;
  shop: {
    id: string;
    membershipId: string;
    name: string;
    trade: Types.TradeCategory;
  };
};

export type CampaignResultTotalsFieldsFragment = {
  shopId: string | null;
  shopName: string | null;
  claimed: number;
  redeemed: number;
  basketCents: number;
  basketCount: number;
};

export type CampaignsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CampaignsQuery = { campaigns: Array<CampaignFieldsFragment> };

export type CampaignQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CampaignQuery = { campaign: CampaignFieldsFragment };

export type CampaignOffersQueryVariables = Types.Exact<{
  campaignId: Types.Scalars["ID"]["input"];
}>;

export type CampaignOffersQuery = {
  campaignOffers: Array<CampaignOfferFieldsFragment>;
};

export type CampaignOfferQrQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CampaignOfferQrQuery = {
  campaignOffer: { id: string; code: string; qrCode: string };
};

export type CampaignResultsQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CampaignResultsQuery = {
  campaignResults: {
    campaignId: string;
    currency: string;
    totals: CampaignResultTotalsFieldsFragment;
    byShop: Array<CampaignResultTotalsFieldsFragment>;
    byDay: Array<{
      day: string;
      shopId: string;
      shopName: string;
      claimed: number;
      redeemed: number;
      basketCents: number;
      basketCount: number;
    }>;
  };
};

export type MyCampaignShopQueryVariables = Types.Exact<{
  [key: string]: never;
}>;

export type MyCampaignShopQuery = {
  myShop: {
    id: string;
    name: string;
    trade: Types.TradeCategory;
    website: string | null;
  } | null;
};

export type CreateCampaignMutationVariables = Types.Exact<{
  input: Types.CreateCampaignInput;
}>;

export type CreateCampaignMutation = { createCampaign: CampaignFieldsFragment };

export type UpdateCampaignMutationVariables = Types.Exact<{
  input: Types.UpdateCampaignInput;
}>;

export type UpdateCampaignMutation = { updateCampaign: CampaignFieldsFragment };

export type PublishCampaignMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type PublishCampaignMutation = {
  publishCampaign: CampaignFieldsFragment;
};

export type CancelCampaignMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  reason: Types.Scalars["String"]["input"];
}>;

export type CancelCampaignMutation = { cancelCampaign: CampaignFieldsFragment };

export type EnrolOfferMutationVariables = Types.Exact<{
  input: Types.EnrolOfferInput;
}>;

export type EnrolOfferMutation = { enrolOffer: CampaignOfferFieldsFragment };

export type ReviewOfferMutationVariables = Types.Exact<{
  input: Types.ReviewOfferInput;
}>;

export type ReviewOfferMutation = { reviewOffer: CampaignOfferFieldsFragment };

export type PublicCampaignFieldsFragment = {
  slug: string;
  title: string;
  theme: string;
  description: string;
  associationName: string;
  coverUrl: string | null;
  status: Types.CampaignStatus;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  channels: Types.CampaignChannel;
  acceptsVoucherClaims: boolean;
  trades: Array<Types.TradeCategory>;
  offers: Array<{
    id: string;
    code: string;
    kind: Types.OfferKind;
    headline: string;
    description: string;
    conditions: string;
    onePerCustomer: boolean;
    online: boolean;
    onlineUrl: string | null;
    soldOut: boolean;
    shop: {
      name: string;
      trade: Types.TradeCategory;
      address: string;
      postcode: string;
      town: string;
      mapUrl: string;
      website: string | null;
      openingHours: Array<{
        day: Types.Weekday;
        periods: Array<{ opens: string; closes: string }>;
      }>;
    };
  }>;
};

export type PublicCampaignQueryVariables = Types.Exact<{
  slug: Types.Scalars["String"]["input"];
  trade: Types.InputMaybe<Types.TradeCategory>;
}>;

export type PublicCampaignQuery = {
  publicCampaign: PublicCampaignFieldsFragment;
};

export type ClaimVoucherMutationVariables = Types.Exact<{
  slug: Types.Scalars["String"]["input"];
  input: Types.ClaimVoucherInput;
}>;

export type ClaimVoucherMutation = {
  claimVoucher: {
    code: string;
    headline: string;
    qrCode: string;
    shopName: string;
    validFrom: string;
    validUntil: string;
  };
};

export type CheckCodeQueryVariables = Types.Exact<{
  code: Types.Scalars["String"]["input"];
}>;

export type CheckCodeQuery = {
  checkCode: {
    verdict: Types.RedemptionVerdict;
    codeKind: string | null;
    headline: string | null;
    conditions: string | null;
    remainingUses: number | null;
  };
};

export type RedeemCodeMutationVariables = Types.Exact<{
  input: Types.RedeemCodeInput;
}>;

export type RedeemCodeMutation = {
  redeemCode: {
    id: string;
    headline: string;
    basketCents: number | null;
    remainingUses: number | null;
    voucher: boolean;
    redeemedAt: string;
  };
};

export const CampaignFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const CampaignOfferFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignOfferFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignOffer" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "campaignId" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "percentOff" } },
          { kind: "Field", name: { kind: "Name", value: "amountOffCents" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "conditions" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "maxUses" } },
          { kind: "Field", name: { kind: "Name", value: "onePerCustomer" } },
          { kind: "Field", name: { kind: "Name", value: "online" } },
          { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          { kind: "Field", name: { kind: "Name", value: "redemptionCount" } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignOfferFieldsFragment, unknown>;
export const CampaignResultTotalsFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignResultTotalsFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignResultTotals" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "shopId" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "claimed" } },
          { kind: "Field", name: { kind: "Name", value: "redeemed" } },
          { kind: "Field", name: { kind: "Name", value: "basketCents" } },
          { kind: "Field", name: { kind: "Name", value: "basketCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignResultTotalsFieldsFragment, unknown>;
export const PublicCampaignFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCampaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "acceptsVoucherClaims" },
          },
          { kind: "Field", name: { kind: "Name", value: "trades" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "offers" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "headline" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "conditions" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onePerCustomer" },
                },
                { kind: "Field", name: { kind: "Name", value: "online" } },
                { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
                { kind: "Field", name: { kind: "Name", value: "soldOut" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "shop" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "trade" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "address" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "postcode" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "town" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "mapUrl" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "website" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "openingHours" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "day" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "periods" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "opens" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "closes" },
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
      },
    },
  ],
} as unknown as DocumentNode<PublicCampaignFieldsFragment, unknown>;
export const CampaignsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Campaigns" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "campaigns" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Campaign" },
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
            name: { kind: "Name", value: "campaign" },
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
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignOffersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CampaignOffers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "campaignId" },
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
            name: { kind: "Name", value: "campaignOffers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "campaignId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "campaignId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CampaignOfferFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignOfferFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignOffer" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "campaignId" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "percentOff" } },
          { kind: "Field", name: { kind: "Name", value: "amountOffCents" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "conditions" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "maxUses" } },
          { kind: "Field", name: { kind: "Name", value: "onePerCustomer" } },
          { kind: "Field", name: { kind: "Name", value: "online" } },
          { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          { kind: "Field", name: { kind: "Name", value: "redemptionCount" } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignOffersQuery, CampaignOffersQueryVariables>;
export const CampaignOfferQrDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CampaignOfferQr" },
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
            name: { kind: "Name", value: "campaignOffer" },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "qrCode" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CampaignOfferQrQuery,
  CampaignOfferQrQueryVariables
>;
export const CampaignResultsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CampaignResults" },
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
            name: { kind: "Name", value: "campaignResults" },
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
                { kind: "Field", name: { kind: "Name", value: "campaignId" } },
                { kind: "Field", name: { kind: "Name", value: "currency" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "totals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: {
                          kind: "Name",
                          value: "CampaignResultTotalsFields",
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byShop" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: {
                          kind: "Name",
                          value: "CampaignResultTotalsFields",
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byDay" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "day" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "shopId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "shopName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "claimed" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "redeemed" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "basketCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "basketCount" },
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
      name: { kind: "Name", value: "CampaignResultTotalsFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignResultTotals" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "shopId" } },
          { kind: "Field", name: { kind: "Name", value: "shopName" } },
          { kind: "Field", name: { kind: "Name", value: "claimed" } },
          { kind: "Field", name: { kind: "Name", value: "redeemed" } },
          { kind: "Field", name: { kind: "Name", value: "basketCents" } },
          { kind: "Field", name: { kind: "Name", value: "basketCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CampaignResultsQuery,
  CampaignResultsQueryVariables
>;
export const MyCampaignShopDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyCampaignShop" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myShop" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "trade" } },
                { kind: "Field", name: { kind: "Name", value: "website" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCampaignShopQuery, MyCampaignShopQueryVariables>;
export const CreateCampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateCampaign" },
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
              name: { kind: "Name", value: "CreateCampaignInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createCampaign" },
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
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateCampaignMutation,
  CreateCampaignMutationVariables
>;
export const UpdateCampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateCampaign" },
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
              name: { kind: "Name", value: "UpdateCampaignInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateCampaign" },
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
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateCampaignMutation,
  UpdateCampaignMutationVariables
>;
export const PublishCampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PublishCampaign" },
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
            name: { kind: "Name", value: "publishCampaign" },
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
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PublishCampaignMutation,
  PublishCampaignMutationVariables
>;
export const CancelCampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CancelCampaign" },
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
            name: { kind: "Name", value: "cancelCampaign" },
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
                  name: { kind: "Name", value: "CampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Campaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "allowedEvents" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "enrolmentDeadline" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "minDiscountPercent" },
          },
          { kind: "Field", name: { kind: "Name", value: "invitedTrades" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
          { kind: "Field", name: { kind: "Name", value: "cancelReason" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelCampaignMutation,
  CancelCampaignMutationVariables
>;
export const EnrolOfferDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "EnrolOffer" },
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
              name: { kind: "Name", value: "EnrolOfferInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "enrolOffer" },
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
                  name: { kind: "Name", value: "CampaignOfferFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignOfferFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignOffer" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "campaignId" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "percentOff" } },
          { kind: "Field", name: { kind: "Name", value: "amountOffCents" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "conditions" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "maxUses" } },
          { kind: "Field", name: { kind: "Name", value: "onePerCustomer" } },
          { kind: "Field", name: { kind: "Name", value: "online" } },
          { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          { kind: "Field", name: { kind: "Name", value: "redemptionCount" } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrolOfferMutation, EnrolOfferMutationVariables>;
export const ReviewOfferDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReviewOffer" },
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
              name: { kind: "Name", value: "ReviewOfferInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewOffer" },
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
                  name: { kind: "Name", value: "CampaignOfferFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CampaignOfferFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "CampaignOffer" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "campaignId" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "percentOff" } },
          { kind: "Field", name: { kind: "Name", value: "amountOffCents" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "conditions" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "maxUses" } },
          { kind: "Field", name: { kind: "Name", value: "onePerCustomer" } },
          { kind: "Field", name: { kind: "Name", value: "online" } },
          { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          { kind: "Field", name: { kind: "Name", value: "redemptionCount" } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewOfferMutation, ReviewOfferMutationVariables>;
export const PublicCampaignDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PublicCampaign" },
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
            name: { kind: "Name", value: "trade" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "TradeCategory" },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "publicCampaign" },
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
                name: { kind: "Name", value: "trade" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "trade" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PublicCampaignFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PublicCampaignFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "PublicCampaign" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "associationName" } },
          { kind: "Field", name: { kind: "Name", value: "coverUrl" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
          { kind: "Field", name: { kind: "Name", value: "channels" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "acceptsVoucherClaims" },
          },
          { kind: "Field", name: { kind: "Name", value: "trades" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "offers" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "headline" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "conditions" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onePerCustomer" },
                },
                { kind: "Field", name: { kind: "Name", value: "online" } },
                { kind: "Field", name: { kind: "Name", value: "onlineUrl" } },
                { kind: "Field", name: { kind: "Name", value: "soldOut" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "shop" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "trade" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "address" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "postcode" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "town" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "mapUrl" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "website" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "openingHours" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "day" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "periods" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "opens" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "closes" },
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
      },
    },
  ],
} as unknown as DocumentNode<PublicCampaignQuery, PublicCampaignQueryVariables>;
export const ClaimVoucherDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ClaimVoucher" },
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
              name: { kind: "Name", value: "ClaimVoucherInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "claimVoucher" },
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
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "headline" } },
                { kind: "Field", name: { kind: "Name", value: "qrCode" } },
                { kind: "Field", name: { kind: "Name", value: "shopName" } },
                { kind: "Field", name: { kind: "Name", value: "validFrom" } },
                { kind: "Field", name: { kind: "Name", value: "validUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ClaimVoucherMutation,
  ClaimVoucherMutationVariables
>;
export const CheckCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CheckCode" },
      variableDefinitions: [
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
            name: { kind: "Name", value: "checkCode" },
            arguments: [
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
                { kind: "Field", name: { kind: "Name", value: "verdict" } },
                { kind: "Field", name: { kind: "Name", value: "codeKind" } },
                { kind: "Field", name: { kind: "Name", value: "headline" } },
                { kind: "Field", name: { kind: "Name", value: "conditions" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "remainingUses" },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckCodeQuery, CheckCodeQueryVariables>;
export const RedeemCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RedeemCode" },
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
              name: { kind: "Name", value: "RedeemCodeInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "redeemCode" },
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
                { kind: "Field", name: { kind: "Name", value: "headline" } },
                { kind: "Field", name: { kind: "Name", value: "basketCents" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "remainingUses" },
                },
                { kind: "Field", name: { kind: "Name", value: "voucher" } },
                { kind: "Field", name: { kind: "Name", value: "redeemedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeemCodeMutation, RedeemCodeMutationVariables>;
