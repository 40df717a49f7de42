import { Role } from '@assoc/platform-domain';

/** What the network needs to know of a topic to decide who sees its posts. */
export interface TopicVisibility {
  openToConsultants: boolean;
}

/**
 * Whether a person of this role may read (and, with the Post permission, write in) a post of this
 * topic: members of every other role see everything; a consultant only the topics the president or
 * board opened to consultants (never posts without a topic).
 */
export function maySeeTopic(role: Role, topic: TopicVisibility | null): boolean {
  return role !== Role.CONSULTANT || !!topic?.openToConsultants;
}

/** Whether this role is limited to the topics open to consultants. */
export function seesOnlyOpenTopics(role: Role): boolean {
  return role === Role.CONSULTANT;
}
