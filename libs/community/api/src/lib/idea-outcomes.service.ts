import { Injectable } from '@nestjs/common';
import { IdeaOutcomeKind } from '@assoc/community-domain';
import { CampaignDrafts } from '@assoc/promotions-api';
import { ProjectDrafts } from '@assoc/projects-api';
import { CampaignStatus } from '@assoc/promotions-domain';
import { ProjectStatus } from '@assoc/projects-domain';

/** What an adopted idea became, read now through the projects and promotions domains' services. */
export interface IdeaOutcome {
  kind: IdeaOutcomeKind;
  id: string;
  title: string;
  projectStatus: ProjectStatus | null;
  campaignStatus: CampaignStatus | null;
  /** The campaign's public page slug (its page is live once published). */
  campaignSlug: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
}

@Injectable()
export class IdeaOutcomes {
  constructor(
    private readonly projects: ProjectDrafts,
    private readonly campaigns: CampaignDrafts,
  ) {}

  /** By idea id, for the adopted ones among these ideas (two queries at most). */
  async of(
    associationId: string,
    ideas: readonly { id: string; projectId: string | null; campaignId: string | null }[],
  ): Promise<Map<string, IdeaOutcome>> {
    const [projects, campaigns] = await Promise.all([
      this.projects.progress(
        associationId,
        ideas.flatMap((i) => i.projectId ?? []),
      ),
      this.campaigns.progress(
        associationId,
        ideas.flatMap((i) => i.campaignId ?? []),
      ),
    ]);
    const result = new Map<string, IdeaOutcome>();
    for (const idea of ideas) {
      const project = idea.projectId ? projects.get(idea.projectId) : undefined;
      const campaign = idea.campaignId ? campaigns.get(idea.campaignId) : undefined;
      if (project)
        result.set(idea.id, {
          kind: IdeaOutcomeKind.PROJECT,
          id: project.id,
          title: project.title,
          projectStatus: project.status,
          campaignStatus: null,
          campaignSlug: null,
          startsAt: null,
          endsAt: null,
        });
      else if (campaign)
        result.set(idea.id, {
          kind: IdeaOutcomeKind.CAMPAIGN,
          id: campaign.id,
          title: campaign.title,
          projectStatus: null,
          campaignStatus: campaign.status,
          campaignSlug: campaign.slug,
          startsAt: campaign.startsAt,
          endsAt: campaign.endsAt,
        });
    }
    return result;
  }
}
