import type * as Types from "@assoc/platform-web/core";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type ImpactPeriodFieldsFragment = {
  kind: Types.ImpactPeriodKind;
  fromDay: string;
  toDay: string;
  bucket: Types.ImpactBucket;
  timeZone: string;
};

export type ImpactDashboardQueryVariables = Types.Exact<{
  period: Types.ImpactPeriodInput;
}>;

export type ImpactDashboardQuery = {
  impactDashboard: {
    currency: string;
    period: ImpactPeriodFieldsFragment;
    members: { total: number; joined: number; left: number; active: number };
    projects: {
      created: number;
      fundedCount: number;
      participations: number;
      pooledCents: number;
      savedCents: number;
      byStatus: Array<{ status: string; count: number }>;
      byMember: Array<{
        membershipId: string;
        name: string;
        shopName: string | null;
        pooledCents: number;
        savedCents: number;
      }>;
    };
    campaigns: {
      campaigns: number;
      vouchers: number;
      redemptions: number;
      basketCents: number;
      byShop: Array<{
        shopId: string;
        shopName: string;
        vouchers: number;
        redemptions: number;
        basketCents: number;
      }>;
    };
    cashmobs: {
      count: number;
      participants: number;
      checkIns: number;
      revenueCents: number;
      upliftBp: number | null;
    };
    network: { posts: number; comments: number; reactions: number };
    series: Array<{
      day: string;
      members: number;
      activeMembers: number;
      posts: number;
      comments: number;
      reactions: number;
      vouchers: number;
      redemptions: number;
    }>;
  };
};

export type ShopImpactQueryVariables = Types.Exact<{
  period: Types.ImpactPeriodInput;
}>;

export type ShopImpactQuery = {
  shopImpact: {
    currency: string;
    shopId: string;
    shopName: string;
    comparedShops: number;
    period: ImpactPeriodFieldsFragment;
    figures: Array<{
      metric: Types.ShopMetric;
      own: number;
      median: number | null;
    }>;
  } | null;
};

export const ImpactPeriodFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ImpactPeriodFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImpactPeriod" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "fromDay" } },
          { kind: "Field", name: { kind: "Name", value: "toDay" } },
          { kind: "Field", name: { kind: "Name", value: "bucket" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactPeriodFieldsFragment, unknown>;
export const ImpactDashboardDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ImpactDashboard" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "period" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ImpactPeriodInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "impactDashboard" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "period" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "period" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "period" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ImpactPeriodFields" },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "currency" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "joined" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "left" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "active" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "projects" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "byStatus" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "status" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "count" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "created" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "fundedCount" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "participations" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pooledCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "savedCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "byMember" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "membershipId" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "shopName" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "pooledCents" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "savedCents" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "campaigns" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "campaigns" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vouchers" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "redemptions" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "basketCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "byShop" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
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
                              name: { kind: "Name", value: "vouchers" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "redemptions" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "basketCents" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cashmobs" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "participants" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "checkIns" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "revenueCents" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "upliftBp" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "network" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "posts" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "comments" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reactions" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "series" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "day" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "members" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "activeMembers" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "posts" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "comments" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reactions" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "vouchers" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "redemptions" },
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
      name: { kind: "Name", value: "ImpactPeriodFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImpactPeriod" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "fromDay" } },
          { kind: "Field", name: { kind: "Name", value: "toDay" } },
          { kind: "Field", name: { kind: "Name", value: "bucket" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ImpactDashboardQuery,
  ImpactDashboardQueryVariables
>;
export const ShopImpactDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ShopImpact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "period" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ImpactPeriodInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "shopImpact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "period" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "period" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "period" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ImpactPeriodFields" },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "currency" } },
                { kind: "Field", name: { kind: "Name", value: "shopId" } },
                { kind: "Field", name: { kind: "Name", value: "shopName" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "comparedShops" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "figures" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "metric" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "own" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "median" },
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
      name: { kind: "Name", value: "ImpactPeriodFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "ImpactPeriod" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "fromDay" } },
          { kind: "Field", name: { kind: "Name", value: "toDay" } },
          { kind: "Field", name: { kind: "Name", value: "bucket" } },
          { kind: "Field", name: { kind: "Name", value: "timeZone" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShopImpactQuery, ShopImpactQueryVariables>;
