import { TradeCategory, Weekday } from '@assoc/directory-domain';
import { Role } from '@assoc/platform-domain';
import { ProjectCategory, SplitRuleKind, TaskKind } from '@assoc/projects-domain';
import type { DemoFeedPost } from '@assoc/network-api';

/** The demo association: a believable town-centre association in Vitré (Ille-et-Vilaine). */
export const DEMO_PASSWORD = 'vitrines-vitre-2026';

export const DEMO_ASSOCIATION = {
  name: 'Les Vitrines de Vitré',
  /** Its public customer pages: /communaute/vitrines-vitre (issue 17). */
  slug: 'vitrines-vitre',
  town: 'Vitré',
  postcode: '35500',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  quorumPercent: 40,
};

const weekdays = (opens: string, closes: string, lunch?: [string, string]) =>
  [Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY].map((day) => ({
    day,
    periods: lunch
      ? [
          { opens, closes: lunch[0] },
          { opens: lunch[1], closes },
        ]
      : [{ opens, closes }],
  }));

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  shop?: {
    name: string;
    trade: TradeCategory;
    address: string;
    phone: string;
    website?: string;
    description: string;
    openingHours: ReturnType<typeof weekdays>;
  };
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: 'claire.martin@vitrines-vitre.fr',
    name: 'Claire Martin',
    role: Role.PRESIDENT,
    shop: {
      name: 'Librairie La Plume',
      trade: TradeCategory.CULTURE,
      address: '12 rue Notre-Dame',
      phone: '02 99 74 12 30',
      website: 'https://librairie-laplume.fr',
      description: 'Librairie indépendante : romans, BD, jeunesse et rencontres avec les auteurs le samedi.',
      openingHours: weekdays('09:30', '19:00', ['12:30', '14:00']),
    },
  },
  {
    email: 'yann.lebreton@vitrines-vitre.fr',
    name: 'Yann Le Breton',
    role: Role.BOARD,
    shop: {
      name: 'Boulangerie Le Fournil du Château',
      trade: TradeCategory.BAKERY,
      address: '3 place du Château',
      phone: '02 99 75 08 41',
      description: 'Pains au levain, kouign-amann et viennoiseries pur beurre, cuits sur place.',
      openingHours: [
        { day: Weekday.MONDAY, periods: [{ opens: '07:00', closes: '13:00' }] },
        ...weekdays('07:00', '19:30'),
      ],
    },
  },
  { email: 'sophie.durand@conseil-commerce.fr', name: 'Sophie Durand', role: Role.CONSULTANT },
  {
    email: 'lucie.gautier@vitrines-vitre.fr',
    name: 'Lucie Gautier',
    role: Role.MEMBER,
    shop: {
      name: 'Épicerie Fine Gautier',
      trade: TradeCategory.FOOD,
      address: '8 rue Poterie',
      phone: '02 99 74 55 12',
      description: 'Produits bretons, conserves de la mer, thés et cafés torréfiés à Rennes.',
      openingHours: weekdays('09:00', '19:00', ['12:30', '14:30']),
    },
  },
  {
    email: 'marc.pinel@vitrines-vitre.fr',
    name: 'Marc Pinel',
    role: Role.MEMBER,
    shop: {
      name: 'Boucherie Pinel',
      trade: TradeCategory.BUTCHER,
      address: '21 rue d’Embas',
      phone: '02 99 75 33 70',
      description: 'Viandes de race locale, charcuterie maison et plats traiteur du jour.',
      openingHours: weekdays('08:00', '19:00', ['12:30', '15:00']),
    },
  },
  {
    email: 'nadia.benali@vitrines-vitre.fr',
    name: 'Nadia Benali',
    role: Role.MEMBER,
    shop: {
      name: 'Atelier Nadia',
      trade: TradeCategory.FASHION,
      address: '5 rue Garengeot',
      phone: '02 99 74 21 09',
      website: 'https://atelier-nadia.fr',
      description: 'Prêt-à-porter femme, créatrices françaises et retouches.',
      openingHours: weekdays('10:00', '19:00', ['12:30', '14:00']),
    },
  },
  {
    email: 'thomas.rault@vitrines-vitre.fr',
    name: 'Thomas Rault',
    role: Role.MEMBER,
    shop: {
      name: 'Rault Optique',
      trade: TradeCategory.HEALTH,
      address: '17 rue Baudrairie',
      phone: '02 99 75 44 18',
      description: 'Opticien indépendant, examen de vue et lunettes fabriquées en Bretagne.',
      openingHours: weekdays('09:30', '19:00', ['12:15', '14:00']),
    },
  },
  {
    email: 'amelie.roux@vitrines-vitre.fr',
    name: 'Amélie Roux',
    role: Role.MEMBER,
    shop: {
      name: 'Institut Belle Époque',
      trade: TradeCategory.BEAUTY,
      address: '2 rue de la Trémoille',
      phone: '02 99 74 60 02',
      description: 'Soins du visage, épilations et cosmétiques bio.',
      openingHours: weekdays('09:00', '18:30'),
    },
  },
  {
    email: 'pierre.lefeuvre@vitrines-vitre.fr',
    name: 'Pierre Lefeuvre',
    role: Role.MEMBER,
    shop: {
      name: 'Maison Lefeuvre',
      trade: TradeCategory.HOME,
      address: '30 rue Notre-Dame',
      phone: '02 99 75 12 88',
      description: 'Art de la table, linge de maison et idées cadeaux.',
      openingHours: weekdays('10:00', '19:00', ['12:30', '14:00']),
    },
  },
  {
    email: 'elodie.moreau@vitrines-vitre.fr',
    name: 'Élodie Moreau',
    role: Role.MEMBER,
    shop: {
      name: 'Crêperie Ty Moreau',
      trade: TradeCategory.RESTAURANT,
      address: '9 place Notre-Dame',
      phone: '02 99 74 77 45',
      description: 'Galettes de blé noir et crêpes, cidre fermier, terrasse sur la place.',
      openingHours: weekdays('11:45', '22:00', ['14:30', '18:45']),
    },
  },
  {
    email: 'julien.hamon@vitrines-vitre.fr',
    name: 'Julien Hamon',
    role: Role.MEMBER,
    shop: {
      name: 'Cycles Hamon',
      trade: TradeCategory.SPORT,
      address: '44 rue de Paris',
      phone: '02 99 75 90 11',
      description: 'Vélos, réparations et location de vélos électriques.',
      openingHours: weekdays('09:00', '18:30', ['12:00', '14:00']),
    },
  },
  {
    email: 'camille.briand@vitrines-vitre.fr',
    name: 'Camille Briand',
    role: Role.MEMBER,
    shop: {
      name: 'Les Fleurs de Camille',
      trade: TradeCategory.FLORIST,
      address: '1 rue Beaudrairie',
      phone: '02 99 74 31 56',
      description: 'Fleurs de saison de producteurs d’Ille-et-Vilaine, compositions sur commande.',
      openingHours: [
        ...weekdays('09:00', '19:00', ['12:30', '14:00']),
        { day: Weekday.SUNDAY, periods: [{ opens: '09:00', closes: '12:30' }] },
      ],
    },
  },
  {
    email: 'antoine.guerin@vitrines-vitre.fr',
    name: 'Antoine Guérin',
    role: Role.MEMBER,
    shop: {
      name: 'Bijouterie Guérin',
      trade: TradeCategory.JEWELLERY,
      address: '14 rue Poterie',
      phone: '02 99 75 21 47',
      description: 'Bijoux, montres et atelier de réparation depuis 1962.',
      openingHours: weekdays('09:30', '19:00', ['12:00', '14:00']),
    },
  },
  {
    email: 'helene.bouvier@vitrines-vitre.fr',
    name: 'Hélène Bouvier',
    role: Role.MEMBER,
    shop: {
      name: 'Poterie du Rachapt',
      trade: TradeCategory.CRAFTS,
      address: '6 rue du Rachapt',
      phone: '02 99 74 08 63',
      description: 'Céramiques tournées sur place, ateliers d’initiation le mercredi.',
      openingHours: weekdays('10:00', '18:00'),
    },
  },
  {
    email: 'karim.haddad@vitrines-vitre.fr',
    name: 'Karim Haddad',
    role: Role.MEMBER,
    shop: {
      name: 'Pressing Haddad',
      trade: TradeCategory.SERVICES,
      address: '27 rue de Fougères',
      phone: '02 99 75 66 20',
      description: 'Pressing, blanchisserie et cordonnerie express.',
      openingHours: [
        { day: Weekday.MONDAY, periods: [{ opens: '08:30', closes: '19:00' }] },
        ...weekdays('08:30', '19:00'),
      ],
    },
  },
  {
    email: 'manon.collet@vitrines-vitre.fr',
    name: 'Manon Collet',
    role: Role.MEMBER,
    shop: {
      name: 'Le Comptoir à Vrac',
      trade: TradeCategory.FOOD,
      address: '11 rue d’Embas',
      phone: '02 99 74 49 93',
      description: 'Épicerie zéro déchet : vrac, produits locaux et bocaux consignés.',
      openingHours: weekdays('09:30', '19:00', ['13:00', '14:30']),
    },
  },
];

/** The association's network topics, in order (name, open to consultants). */
export const DEMO_TOPICS: [string, boolean][] = [
  ['Animations', true],
  ['Travaux et voirie', false],
  ['Sécurité', false],
  ['Mutualisation', true],
  ['Divers', false],
];

/** The feed's posts; `@{e-mail}` in a text becomes a mention of that member. */
export const DEMO_POSTS: DemoFeedPost[] = [
  {
    author: 'claire.martin@vitrines-vitre.fr',
    topic: 'Animations',
    pinned: true,
    daysAgo: 2,
    text: 'Assemblée générale le jeudi 4 décembre à 19 h 30, salle des Ursulines.\nAu programme : bilan de l’année, illuminations de Noël et projet de site commun. Venez nombreux !',
    reactions: [
      { by: 'yann.lebreton@vitrines-vitre.fr', emoji: 'THUMBS_UP' },
      { by: 'lucie.gautier@vitrines-vitre.fr', emoji: 'THUMBS_UP' },
      { by: 'nadia.benali@vitrines-vitre.fr', emoji: 'CLAP' },
    ],
  },
  {
    author: 'yann.lebreton@vitrines-vitre.fr',
    topic: 'Mutualisation',
    daysAgo: 5,
    text: 'Qui serait partant pour une commande groupée de sacs kraft imprimés au logo de l’association ? Le fournisseur de Rennes fait -30 % à partir de 5 000 sacs. @{lucie.gautier@vitrines-vitre.fr} tu en parlais la semaine dernière.',
    comments: [
      { author: 'lucie.gautier@vitrines-vitre.fr', text: 'Partante ! Il m’en faut environ 800 par an.' },
      { author: 'marc.pinel@vitrines-vitre.fr', text: 'Pareil pour la boucherie, plutôt en grand format.' },
      {
        author: 'yann.lebreton@vitrines-vitre.fr',
        text: 'Je note, je demande un devis avec deux formats.',
        replyTo: 1,
      },
    ],
    reactions: [{ by: 'manon.collet@vitrines-vitre.fr', emoji: 'BULB' }],
  },
  {
    author: 'thomas.rault@vitrines-vitre.fr',
    topic: 'Travaux et voirie',
    daysAgo: 8,
    text: 'La rue Baudrairie sera fermée à la circulation du 12 au 16 janvier pour la réfection des pavés. La mairie propose un fléchage piéton : on se coordonne pour les affichettes ?',
    comments: [
      {
        author: 'camille.briand@vitrines-vitre.fr',
        text: 'Oui, je peux imprimer les affichettes pour les commerces de la rue.',
      },
    ],
  },
  {
    author: 'elodie.moreau@vitrines-vitre.fr',
    topic: 'Animations',
    daysAgo: 12,
    text: 'Merci à toutes et tous pour le cashmob de samedi à la Poterie du Rachapt : 34 personnes, et Hélène a vendu tout son stock de bols !',
    reactions: [
      { by: 'helene.bouvier@vitrines-vitre.fr', emoji: 'HEART' },
      { by: 'claire.martin@vitrines-vitre.fr', emoji: 'PARTY' },
      { by: 'antoine.guerin@vitrines-vitre.fr', emoji: 'PARTY' },
    ],
  },
];

/** The blog widget (blog-up store) the demo starts with: upcoming cashmobs, featured products and shops, in French. */
export const DEMO_WIDGET = {
  name: 'Blog « Vivre à Vitré »',
  contents: ['OFFERS', 'CASHMOBS', 'PRODUCTS', 'SHOPS'] as const,
  maxItems: 9,
  accentColor: '#b45309',
  backgroundColor: '#fffbeb',
  textColor: '#292524',
};

/** A few featured products, by the shop owner's e-mail (prices in cents). */
export const DEMO_FEATURED_PRODUCTS: {
  owner: string;
  name: string;
  priceCents: number | null;
  text: string;
  link?: string;
}[] = [
  {
    owner: 'yann.lebreton@vitrines-vitre.fr',
    name: 'Kouign-amann',
    priceCents: 450,
    text: 'Pur beurre, cuit chaque matin au fournil.',
  },
  {
    owner: 'yann.lebreton@vitrines-vitre.fr',
    name: 'Pain au levain de seigle',
    priceCents: 380,
    text: 'Farine bio du pays de Vitré.',
  },
  {
    owner: 'claire.martin@vitrines-vitre.fr',
    name: 'Coffret polars bretons',
    priceCents: 3990,
    text: 'Trois romans choisis par la librairie.',
    link: 'https://librairie-laplume.fr/coffret-polars',
  },
  {
    owner: 'lucie.gautier@vitrines-vitre.fr',
    name: 'Panier gourmand breton',
    priceCents: 2850,
    text: 'Caramel au beurre salé, sardines, galettes.',
  },
  {
    owner: 'nadia.benali@vitrines-vitre.fr',
    name: 'Robe lin « Rachapt »',
    priceCents: 11900,
    text: 'Créatrice rennaise, tailles 36 à 46.',
  },
];

/** The board meeting on the calendar: in 3 days, at local wall times. */
export const DEMO_MEETING = {
  organiser: 'claire.martin@vitrines-vitre.fr',
  title: 'Réunion de bureau',
  place: 'Librairie La Plume, 12 rue Notre-Dame',
  agenda: 'Préparer les illuminations de Noël ; point sur les cashmobs.',
  daysAhead: 3,
  starts: '19:00',
  ends: '20:30',
};

/** The cashmob at the bookshop, published and open for sign-ups: in 9 days. */
export const DEMO_CASHMOB = {
  host: 'claire.martin@vitrines-vitre.fr',
  organiser: 'lucie.gautier@vitrines-vitre.fr',
  daysAhead: 9,
  starts: '15:00',
  ends: '17:00',
  meetingPoint: 'Devant la librairie, rue Notre-Dame',
  capacity: 40,
  message:
    'Claire tient la librairie depuis quinze ans : venons choisir nos livres de Noël chez elle, et rencontrer une autrice vitréenne en dédicace.',
};

/** The draft joint project run by the consultant, with its budget and milestones (task due dates in days ahead). */
export const DEMO_DRAFT_PROJECT = {
  author: 'sophie.durand@conseil-commerce.fr',
  title: 'Illuminations de Noël',
  description:
    'Guirlandes lumineuses dans les rues commerçantes, posées et déposées par un installateur, à frais partagés.',
  category: ProjectCategory.DECORATION,
  splitRule: { kind: SplitRuleKind.EQUAL as const },
  minParticipants: 6,
  minPledgedCents: null,
  joinDeadline: { daysAhead: 20, time: '18:00' },
  budgetLines: [
    {
      label: 'Guirlandes LED (location)',
      supplier: 'Lumières de l’Ouest',
      quantity: 20,
      unitPriceCents: 4500,
      vatRateBp: 2000,
      soloPriceCents: 35000,
    },
    {
      label: 'Pose et dépose',
      supplier: 'Lumières de l’Ouest',
      quantity: 1,
      unitPriceCents: 60000,
      vatRateBp: 2000,
      soloPriceCents: 25000,
    },
  ],
  tasks: [
    { kind: TaskKind.TASK, title: 'Obtenir l’accord de la mairie', notes: '', daysAhead: 6, assigned: true },
    { kind: TaskKind.MILESTONE, title: 'Pose des guirlandes', notes: '', daysAhead: 24, assigned: false },
  ],
};
