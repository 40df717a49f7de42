/** What a joint project is about, with its labels in both languages. */
export enum ProjectCategory {
  COMMUNICATION = 'COMMUNICATION',
  ANIMATION = 'ANIMATION',
  DECORATION = 'DECORATION',
  SECURITY = 'SECURITY',
  DIGITAL = 'DIGITAL',
  LOGISTICS = 'LOGISTICS',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}

export const PROJECT_CATEGORIES: readonly ProjectCategory[] = Object.values(ProjectCategory);

export const PROJECT_CATEGORY_LABELS: Readonly<Record<ProjectCategory, { fr: string; en: string }>> = {
  [ProjectCategory.COMMUNICATION]: { fr: 'Communication', en: 'Communication' },
  [ProjectCategory.ANIMATION]: { fr: 'Animation', en: 'Events' },
  [ProjectCategory.DECORATION]: { fr: 'Décoration', en: 'Decoration' },
  [ProjectCategory.SECURITY]: { fr: 'Sécurité', en: 'Security' },
  [ProjectCategory.DIGITAL]: { fr: 'Numérique', en: 'Digital' },
  [ProjectCategory.LOGISTICS]: { fr: 'Logistique', en: 'Logistics' },
  [ProjectCategory.TRAINING]: { fr: 'Formation', en: 'Training' },
  [ProjectCategory.OTHER]: { fr: 'Autre', en: 'Other' },
};
