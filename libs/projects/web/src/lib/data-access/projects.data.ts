import { inject, Injectable } from '@angular/core';
import type {
  ApproveExpenseInput,
  CreateProjectInput,
  RejectExpenseInput,
  RecordContributionInput,
  RecordExpenseInput,
  RecordRefundInput,
  ReverseLedgerEntryInput,
  UpdateProjectInput,
  VoteChoice,
} from '@assoc/platform-web/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  ApproveExpenseDocument,
  AssignConsultantDocument,
  CastVoteDocument,
  CloseProjectDocument,
  CloseVoteDocument,
  CommentProjectDocument,
  CommentProjectMutation,
  CreateProjectDocument,
  JoinProjectDocument,
  LeaveProjectDocument,
  LedgerEntryFieldsFragment,
  ProjectAuditDocument,
  ProjectAuditQuery,
  ProjectCommentsDocument,
  ProjectCommentsQuery,
  ProjectDocument,
  ProjectFieldsFragment,
  ProjectLedgerDocument,
  ProjectLedgerQuery,
  ProjectMembersDocument,
  ProjectMembersQuery,
  ProjectsDocument,
  ProjectsImpactDocument,
  ProjectsImpactQuery,
  ProjectsQuery,
  ProposeProjectDocument,
  RecordContributionDocument,
  RecordExpenseDocument,
  RecordRefundDocument,
  RejectExpenseDocument,
  ReverseLedgerEntryDocument,
  SetProjectOverpaymentLimitDocument,
  StartProjectDocument,
  UnassignConsultantDocument,
  UpdateProjectDocument,
} from '../graphql/projects.generated';

export type ProjectsConnection = ProjectsQuery['projects'];
export type ProjectsImpact = ProjectsImpactQuery['projectsImpact'];
export type ProjectAuditEntry = ProjectAuditQuery['projectAudit'][number];
export type ProjectComment = ProjectCommentsQuery['projectComments'][number];

/**
 * The projects' GraphQL operations. Page reads watch the cache (`cache-and-network`: a page seen
 * before shows at once, the server's answer follows). Every mutation on a project answers with the
 * whole project and its id, so Apollo updates the cached project and every page watching it.
 */
@Injectable({ providedIn: 'root' })
export class ProjectsData {
  private readonly apollo = inject(Apollo);

  /** The first page of projects, watched; `after` pages are read once (appended by the list). */
  projects(after: string | null): Observable<ProjectsConnection> {
    if (after === null)
      return this.apollo
        .watchQuery({ query: ProjectsDocument, variables: { after } })
        .valueChanges.pipe(completeData((data) => data.projects));
    return this.apollo
      .query({ query: ProjectsDocument, variables: { after } })
      .pipe(resultData((data) => data.projects));
  }

  impact(): Observable<ProjectsImpact> {
    return this.apollo
      .watchQuery({ query: ProjectsImpactDocument })
      .valueChanges.pipe(completeData((data) => data.projectsImpact));
  }

  project(id: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .watchQuery({ query: ProjectDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.project));
  }

  /** The project from the server now (after a panel's change); watchers of `project(id)` see it too. */
  refreshProject(id: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .query({ query: ProjectDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.project));
  }

  /** The members (names for shares, votes and ledger) and the association's voting rules. */
  members(): Observable<ProjectMembersQuery> {
    return this.apollo.watchQuery({ query: ProjectMembersDocument }).valueChanges.pipe(completeData((data) => data));
  }

  create(input: CreateProjectInput): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CreateProjectDocument, variables: { input } })
      .pipe(resultData((data) => data.createProject));
  }

  update(input: UpdateProjectInput): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateProjectDocument, variables: { input } })
      .pipe(resultData((data) => data.updateProject));
  }

  propose(id: string, voteDeadline: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ProposeProjectDocument, variables: { id, voteDeadline } })
      .pipe(resultData((data) => data.proposeProject));
  }

  castVote(projectId: string, choice: VoteChoice): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CastVoteDocument, variables: { projectId, choice } })
      .pipe(resultData((data) => data.castVote));
  }

  closeVote(projectId: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CloseVoteDocument, variables: { projectId } })
      .pipe(resultData((data) => data.closeVote));
  }

  join(id: string, pledgeCents: number | null): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: JoinProjectDocument, variables: { id, pledgeCents } })
      .pipe(resultData((data) => data.joinProject));
  }

  leave(id: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: LeaveProjectDocument, variables: { id } })
      .pipe(resultData((data) => data.leaveProject));
  }

  start(id: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: StartProjectDocument, variables: { id } })
      .pipe(resultData((data) => data.startProject));
  }

  close(id: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CloseProjectDocument, variables: { id } })
      .pipe(resultData((data) => data.closeProject));
  }

  /** The board raises, lowers or lifts (null) the project's overpayment limit; the cached project follows. */
  setOverpaymentLimit(projectId: string, limitCents: number | null): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: SetProjectOverpaymentLimitDocument, variables: { input: { projectId, limitCents } } })
      .pipe(resultData((data) => data.setProjectOverpaymentLimit));
  }

  assignConsultant(projectId: string, membershipId: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: AssignConsultantDocument, variables: { projectId, membershipId } })
      .pipe(resultData((data) => data.assignConsultant));
  }

  unassignConsultant(projectId: string, membershipId: string): Observable<ProjectFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UnassignConsultantDocument, variables: { projectId, membershipId } })
      .pipe(resultData((data) => data.unassignConsultant));
  }

  /**
   * Entries, balances and who owes whom, from the server every time (`network-only`): money is
   * shown as it stands now, never from a cache another member's payment has made stale.
   */
  ledger(projectId: string): Observable<ProjectLedgerQuery> {
    return this.apollo
      .query({ query: ProjectLedgerDocument, variables: { projectId }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data));
  }

  recordContribution(input: RecordContributionInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: RecordContributionDocument, variables: { input } })
      .pipe(resultData((data) => data.recordContribution));
  }

  recordExpense(input: RecordExpenseInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: RecordExpenseDocument, variables: { input } })
      .pipe(resultData((data) => data.recordExpense));
  }

  reverseEntry(input: ReverseLedgerEntryInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ReverseLedgerEntryDocument, variables: { input } })
      .pipe(resultData((data) => data.reverseLedgerEntry));
  }

  /** The second signature on an expense awaiting it (approving again changes nothing). */
  approveExpense(input: ApproveExpenseInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ApproveExpenseDocument, variables: { input } })
      .pipe(resultData((data) => data.approveExpense));
  }

  /** The second board member refuses an expense awaiting their signature, saying why. */
  rejectExpense(input: RejectExpenseInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: RejectExpenseDocument, variables: { input } })
      .pipe(resultData((data) => data.rejectExpense));
  }

  recordRefund(input: RecordRefundInput): Observable<LedgerEntryFieldsFragment> {
    return this.apollo
      .mutate({ mutation: RecordRefundDocument, variables: { input } })
      .pipe(resultData((data) => data.recordRefund));
  }

  /** The audit trail, read again after each money write (`network-only`: it lists what just happened). */
  audit(projectId: string): Observable<ProjectAuditEntry[]> {
    return this.apollo
      .query({ query: ProjectAuditDocument, variables: { projectId }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.projectAudit));
  }

  comments(projectId: string): Observable<ProjectComment[]> {
    return this.apollo
      .watchQuery({ query: ProjectCommentsDocument, variables: { projectId } })
      .valueChanges.pipe(completeData((data) => data.projectComments));
  }

  /** Posts a comment and appends it to the cached discussion (no second read). */
  comment(projectId: string, text: string): Observable<CommentProjectMutation['commentProject']> {
    return this.apollo
      .mutate({
        mutation: CommentProjectDocument,
        variables: { projectId, text },
        update: (cache, result) => {
          const comment = result.data?.commentProject;
          if (!comment) return;
          cache.updateQuery({ query: ProjectCommentsDocument, variables: { projectId } }, (data) =>
            data && !data.projectComments.some((c) => c.id === comment.id)
              ? { projectComments: [...data.projectComments, comment] }
              : data,
          );
        },
      })
      .pipe(resultData((data) => data.commentProject));
  }
}
