import type * as Types from "@assoc/platform-web/core";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type ProjectTaskFieldsFragment = {
  id: string;
  projectId: string;
  kind: Types.ProjectTaskKind;
  title: string;
  notes: string;
  dueDate: string | null;
  assigneeMembershipId: string | null;
  doneAt: string | null;
  doneByMembershipId: string | null;
};

export type ProjectTasksQueryVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
}>;

export type ProjectTasksQuery = {
  projectTasks: Array<ProjectTaskFieldsFragment>;
};

export type CreateProjectTaskMutationVariables = Types.Exact<{
  input: Types.CreateProjectTaskInput;
}>;

export type CreateProjectTaskMutation = {
  createProjectTask: ProjectTaskFieldsFragment;
};

export type UpdateProjectTaskMutationVariables = Types.Exact<{
  input: Types.UpdateProjectTaskInput;
}>;

export type UpdateProjectTaskMutation = {
  updateProjectTask: ProjectTaskFieldsFragment;
};

export type SetProjectTaskDoneMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  done: Types.Scalars["Boolean"]["input"];
}>;

export type SetProjectTaskDoneMutation = {
  setProjectTaskDone: ProjectTaskFieldsFragment;
};

export type DeleteProjectTaskMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type DeleteProjectTaskMutation = { deleteProjectTask: string };

export type ProjectsImpactQueryVariables = Types.Exact<{
  [key: string]: never;
}>;

export type ProjectsImpactQuery = {
  projectsImpact: {
    fundedCount: number;
    participations: number;
    pooledCents: number;
    savedCents: number;
    myPooledCents: number;
    mySavedCents: number;
  };
};

export type ProjectSummaryFragment = {
  id: string;
  title: string;
  category: Types.ProjectCategory;
  status: Types.ProjectStatus;
  joinDeadline: string | null;
  voteDeadline: string | null;
  createdAt: string;
  totals: { includingVatCents: number };
  shares: Array<{ membershipId: string }>;
};

export type BudgetLineFieldsFragment = {
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
  membershipId: string;
  cents: number;
  savingCents: number;
  live: boolean;
};

export type ProjectFieldsFragment = {
  id: string;
  title: string;
  description: string;
  category: Types.ProjectCategory;
  status: Types.ProjectStatus;
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
  myVote: Types.VoteChoice | null;
  splitRule: {
    kind: Types.SplitRuleKind;
    defaultWeight: number | null;
    weights: Array<{ membershipId: string; weight: number }>;
    fixed: Array<{ membershipId: string; cents: number }>;
  };
  budgetLines: Array<BudgetLineFieldsFragment>;
  totals: {
    excludingVatCents: number;
    vatCents: number;
    includingVatCents: number;
    soloTotalCents: number;
    byVatRate: Array<{
      vatRateBp: number;
      excludingVatCents: number;
      vatCents: number;
    }>;
  };
  quotes: Array<{ id: string; mimeType: string; size: number; url: string }>;
  shares: Array<ShareFieldsFragment>;
  myShare: ShareFieldsFragment | null;
  vote: {
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

export type ProjectsQueryVariables = Types.Exact<{
  after: Types.InputMaybe<Types.Scalars["String"]["input"]>;
}>;

export type ProjectsQuery = {
  projects: {
    nodes: Array<ProjectSummaryFragment>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ProjectQueryVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type ProjectQuery = { project: ProjectFieldsFragment };

export type ProjectMembersQueryVariables = Types.Exact<{
  [key: string]: never;
}>;

export type ProjectMembersQuery = {
  directory: {
    nodes: Array<{
      id: string;
      role: Types.Role;
      user: { id: string; name: string };
      shop: { id: string; name: string } | null;
    }>;
  };
  association: { id: string; quorumPercent: number; majority: Types.Majority };
};

export type CreateProjectMutationVariables = Types.Exact<{
  input: Types.CreateProjectInput;
}>;

export type CreateProjectMutation = { createProject: ProjectFieldsFragment };

export type UpdateProjectMutationVariables = Types.Exact<{
  input: Types.UpdateProjectInput;
}>;

export type UpdateProjectMutation = { updateProject: ProjectFieldsFragment };

export type LedgerEntryFieldsFragment = {
  id: string;
  debit: string;
  credit: string;
  cents: number;
  kind: Types.LedgerEntryKind;
  paymentMethod: Types.PaymentMethod | null;
  occurredAt: string;
  note: string | null;
  receiptId: string | null;
  reverses: string | null;
  createdByMembershipId: string;
  createdAt: string;
};

export type ProposeProjectMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  voteDeadline: Types.Scalars["DateTime"]["input"];
}>;

export type ProposeProjectMutation = { proposeProject: ProjectFieldsFragment };

export type CastVoteMutationVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
  choice: Types.VoteChoice;
}>;

export type CastVoteMutation = { castVote: ProjectFieldsFragment };

export type CloseVoteMutationVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
}>;

export type CloseVoteMutation = { closeVote: ProjectFieldsFragment };

export type JoinProjectMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
  pledgeCents: Types.InputMaybe<Types.Scalars["Float"]["input"]>;
}>;

export type JoinProjectMutation = { joinProject: ProjectFieldsFragment };

export type LeaveProjectMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type LeaveProjectMutation = { leaveProject: ProjectFieldsFragment };

export type StartProjectMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type StartProjectMutation = { startProject: ProjectFieldsFragment };

export type CloseProjectMutationVariables = Types.Exact<{
  id: Types.Scalars["ID"]["input"];
}>;

export type CloseProjectMutation = { closeProject: ProjectFieldsFragment };

export type ProjectLedgerQueryVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
}>;

export type ProjectLedgerQuery = {
  ledger: Array<LedgerEntryFieldsFragment>;
  balances: {
    cashCents: number;
    expensesCents: number;
    participants: Array<{
      membershipId: string;
      paidCents: number;
      owedCents: number;
      balanceCents: number;
    }>;
  };
  settlement: Array<{ from: string; to: string; cents: number }>;
};

export type ProjectAuditQueryVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
}>;

export type ProjectAuditQuery = {
  projectAudit: Array<{
    id: string;
    actorMembershipId: string | null;
    action: string;
    before: string | null;
    after: string | null;
    createdAt: string;
  }>;
};

export type RecordContributionMutationVariables = Types.Exact<{
  input: Types.RecordContributionInput;
}>;

export type RecordContributionMutation = {
  recordContribution: LedgerEntryFieldsFragment;
};

export type RecordExpenseMutationVariables = Types.Exact<{
  input: Types.RecordExpenseInput;
}>;

export type RecordExpenseMutation = {
  recordExpense: LedgerEntryFieldsFragment;
};

export type ReverseLedgerEntryMutationVariables = Types.Exact<{
  input: Types.ReverseLedgerEntryInput;
}>;

export type ReverseLedgerEntryMutation = {
  reverseLedgerEntry: LedgerEntryFieldsFragment;
};

export type RecordRefundMutationVariables = Types.Exact<{
  input: Types.RecordRefundInput;
}>;

export type RecordRefundMutation = { recordRefund: LedgerEntryFieldsFragment };

export type ProjectCommentsQueryVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
}>;

export type ProjectCommentsQuery = {
  projectComments: Array<{
    id: string;
    authorMembershipId: string;
    text: string;
    createdAt: string;
  }>;
};

export type CommentProjectMutationVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
  text: Types.Scalars["String"]["input"];
}>;

export type CommentProjectMutation = {
  commentProject: {
    id: string;
    authorMembershipId: string;
    text: string;
    createdAt: string;
  };
};

export type AssignConsultantMutationVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
  membershipId: Types.Scalars["ID"]["input"];
}>;

export type AssignConsultantMutation = {
  assignConsultant: ProjectFieldsFragment;
};

export type UnassignConsultantMutationVariables = Types.Exact<{
  projectId: Types.Scalars["ID"]["input"];
  membershipId: Types.Scalars["ID"]["input"];
}>;

export type UnassignConsultantMutation = {
  unassignConsultant: ProjectFieldsFragment;
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
