/** The community's public pages (issue 17), under the association's public slug. */
export const communityPaths = {
  home: (slug: string) => `/communaute/${encodeURIComponent(slug)}`,
  ideas: (slug: string) => `/communaute/${encodeURIComponent(slug)}/idees`,
  newIdea: (slug: string) => `/communaute/${encodeURIComponent(slug)}/idees/nouvelle`,
  idea: (slug: string, id: string) => `/communaute/${encodeURIComponent(slug)}/idees/${encodeURIComponent(id)}`,
  recommend: (slug: string) => `/communaute/${encodeURIComponent(slug)}/commerces`,
  /** The idea's page in the members' app. */
  appIdea: (id: string) => `/ideas/${encodeURIComponent(id)}`,
};
