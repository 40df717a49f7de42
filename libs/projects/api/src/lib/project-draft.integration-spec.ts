import { createAssociation, signedUpClient } from '@assoc/platform-testing';
import {
  CREATE_PROJECT,
  createProject,
  DAY,
  fromNow,
  LINES,
  MINUTE,
  PDF,
  PNG,
  project,
  PROJECT,
  projectsWorld,
  TOTAL,
  UPDATE_PROJECT,
  upload,
  World,
} from './projects-test-helpers';

describe('drafting joint projects', () => {
  let world: World;
  beforeAll(async () => {
    world = await projectsWorld(2);
  });
  afterAll(() => world.api.close());

  const input = (extra: Record<string, unknown>) => ({
    input: { title: 'X', category: 'OTHER', budgetLines: LINES, splitRule: { kind: 'EQUAL' }, ...extra },
  });

  it('refuses bad budgets and split rules field by field, in French, creating nothing', async () => {
    const { president, members } = world;
    const bad = await president.fails(
      CREATE_PROJECT,
      input({ budgetLines: [{ label: ' ', quantity: 0, unitPriceCents: -5, vatRateBp: 1900, soloPriceCents: 0 }] }),
    );
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toMatchObject([
      { field: 'budgetLines.0.label', message: 'Ce champ est obligatoire.' },
      { field: 'budgetLines.0.quantity', message: 'La valeur doit être au moins 1.' },
      { field: 'budgetLines.0.unitPriceCents', message: 'La valeur doit être au moins 1.' },
      { field: 'budgetLines.0.vatRateBp', message: "Ce taux de TVA n'est pas autorisé (0 ; 2,1 ; 5,5 ; 10 ou 20 %)." },
      { field: 'budgetLines.0.soloPriceCents', message: 'La valeur doit être au moins 1.' },
    ]);
    expect((await president.fails(CREATE_PROJECT, input({ budgetLines: [] }))).extensions?.fields).toMatchObject([
      { field: 'budgetLines', message: 'Ce champ est obligatoire.' },
    ]);
    const weights = await president.fails(
      CREATE_PROJECT,
      input({
        splitRule: {
          kind: 'WEIGHTED',
          weights: [
            { membershipId: members[0].membershipId, weight: 2 },
            { membershipId: members[1].membershipId, weight: -1 },
          ],
        },
      }),
    );
    expect(weights.extensions?.fields).toMatchObject([
      { field: 'splitRule.weights.1.weight', message: 'Le poids doit être un nombre positif.' },
    ]);
    const fixed = await president.fails(
      CREATE_PROJECT,
      input({
        splitRule: { kind: 'FIXED_AND_EQUAL', fixed: [{ membershipId: members[0].membershipId, cents: TOTAL + 1 }] },
      }),
    );
    expect(fixed.extensions?.fields).toMatchObject([
      { field: 'splitRule.fixed', message: 'Les montants fixes dépassent le total du budget (54000).' },
    ]);
    const stranger = await president.fails(
      CREATE_PROJECT,
      input({
        splitRule: {
          kind: 'FIXED_AND_EQUAL',
          fixed: [{ membershipId: '00000000-0000-4000-8000-000000000000', cents: 100 }],
        },
      }),
    );
    expect(stranger.extensions?.fields).toMatchObject([
      { field: 'splitRule.fixed.0.membershipId', message: 'Cette personne ne participe pas au projet.' },
    ]);
    await president.ok(`mutation { setLocale(locale: EN) { id } }`);
    expect(
      (await president.fails(CREATE_PROJECT, input({ budgetLines: [{ ...LINES[0], vatRateBp: 700 }] }))).extensions
        ?.fields,
    ).toMatchObject([
      { field: 'budgetLines.0.vatRateBp', message: 'This VAT rate is not allowed (0, 2.1, 5.5, 10 or 20%).' },
    ]);
    await president.ok(`mutation { setLocale(locale: FR) { id } }`);
    expect(
      (await president.ok<{ projects: { nodes: unknown[] } }>(`{ projects { nodes { id } } }`)).projects.nodes,
    ).toEqual([]);
  });

  it('refuses a join deadline already past, at once, in the draft, creating and changing nothing', async () => {
    const { president } = world;
    const count = async () =>
      (await world.api.dataSource.query(`SELECT count(*)::int AS n FROM projects`))[0].n as number;
    const before = await count();
    const past = await president.fails(CREATE_PROJECT, input({ joinDeadline: fromNow(world.api, -MINUTE) }));
    expect(past.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'joinDeadline', message: 'La date limite doit être dans le futur.' }],
    });
    expect(await count()).toBe(before);
    const draft = await createProject(world.api, president, { title: 'Échéance à venir' });
    const stored = async () =>
      (await world.api.dataSource.query(`SELECT "joinDeadline" FROM projects WHERE id = $1`, [draft.id]))[0]
        .joinDeadline as Date;
    const deadlineBefore = await stored();
    const update = await president.fails(UPDATE_PROJECT, {
      input: { id: draft.id, joinDeadline: fromNow(world.api, -DAY) },
    });
    expect(update.extensions?.fields).toMatchObject([
      { field: 'joinDeadline', message: 'La date limite doit être dans le futur.' },
    ]);
    expect(await stored()).toEqual(deadlineBefore);
    // A date that does not exist is refused as such, before any rule.
    const impossible = await president.fails(CREATE_PROJECT, input({ joinDeadline: '2099-02-30T12:00:00Z' }));
    expect(impossible.extensions?.fields).toMatchObject([
      { field: 'joinDeadline', message: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00)." },
    ]);
    expect(await count()).toBe(before + 1);
  });

  it('computes the budget totals and per-line VAT with the domain, and keeps the split rule', async () => {
    const { president, members } = world;
    const created = await createProject(world.api, president, {
      splitRule: {
        kind: 'WEIGHTED',
        weights: [{ membershipId: members[0].membershipId, weight: 1.5 }],
        defaultWeight: 1,
      },
    });
    expect(created).toMatchObject({
      status: 'DRAFT',
      totals: {
        excludingVatCents: 45000,
        vatCents: 9000,
        includingVatCents: TOTAL,
        soloTotalCents: 9000,
        byVatRate: [{ vatRateBp: 2000, excludingVatCents: 45000, vatCents: 9000 }],
      },
      budgetLines: [
        {
          label: 'Affiches',
          supplier: 'Imprimerie du Centre',
          vatCents: 3000,
          includingVatCents: 18000,
          soloPriceCents: 9000,
        },
        { label: 'Spot radio', supplier: null, vatCents: 6000, includingVatCents: 36000, soloPriceCents: null },
      ],
      shares: [],
      vote: null,
    });
    expect(created.myShare).toBeNull();
  });

  it('lets the author, the board and assigned consultants edit a draft; a consultant sees only assigned projects', async () => {
    const { president, members, consultant, api } = world;
    const byMember = await createProject(world.api, members[0], {
      title: 'Décorations de Noël',
      category: 'DECORATION',
    });
    expect(
      (await members[1].fails(UPDATE_PROJECT, { input: { id: byMember.id, title: 'Pas à moi' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await consultant.fails(PROJECT, { id: byMember.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await members[0].fails(
          `mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`,
          { p: byMember.id, m: consultant.membershipId },
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await president.fails(
          `mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`,
          { p: byMember.id, m: members[1].membershipId },
        )
      ).extensions?.fields,
    ).toMatchObject([{ field: 'membershipId', message: "Cette personne n'est pas consultante de l'association." }]);
    await president.ok(`mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`, {
      p: byMember.id,
      m: consultant.membershipId,
    });
    const edited = (
      await consultant.ok<{
        updateProject: { title: string; consultantIds: string[]; totals: { includingVatCents: number } };
      }>(UPDATE_PROJECT, {
        input: {
          id: byMember.id,
          title: 'Illuminations',
          budgetLines: [{ label: 'Guirlandes', quantity: 10, unitPriceCents: 1000, vatRateBp: 550 }],
        },
      })
    ).updateProject;
    expect(edited).toMatchObject({
      title: 'Illuminations',
      consultantIds: [consultant.membershipId],
      totals: { includingVatCents: 10550 },
    });
    const own = await createProject(world.api, consultant, { title: 'Projet de la consultante' });
    expect(own.consultantIds).toEqual([consultant.membershipId]);
    const listed = (
      await consultant.ok<{ projects: { nodes: { id: string }[] } }>(`{ projects { nodes { id } } }`)
    ).projects.nodes.map((p) => p.id);
    expect(listed.sort()).toEqual([byMember.id, own.id].sort());
    await president.ok(`mutation($p: ID!, $m: ID!) { unassignConsultant(projectId: $p, membershipId: $m) { id } }`, {
      p: byMember.id,
      m: consultant.membershipId,
    });
    expect(
      (await consultant.fails(UPDATE_PROJECT, { input: { id: byMember.id, title: 'Encore' } })).extensions?.code,
    ).toBe('NOT_FOUND');

    // another association sees nothing
    const other = await signedUpClient(api, 'Ailleurs');
    await createAssociation(other, 'Autre association');
    expect((await other.fails(PROJECT, { id: byMember.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await project(members[0], byMember.id)).title).toBe('Illuminations');
  });

  it('pages through projects newest first with a keyset cursor, filtered by status', async () => {
    const { president } = world;
    for (const title of ['P1', 'P2', 'P3']) await createProject(world.api, president, { title });
    const PAGE = `query($after: String) { projects(first: 2, after: $after, status: DRAFT) { nodes { title } pageInfo { endCursor hasNextPage } } }`;
    const titles: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        projects: { nodes: { title: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      } = await president.ok(PAGE, { after });
      titles.push(...page.projects.nodes.map((n) => n.title));
      if (!page.projects.pageInfo.hasNextPage) break;
      after = page.projects.pageInfo.endCursor;
    }
    expect(titles.slice(0, 3)).toEqual(['P3', 'P2', 'P1']);
    expect(new Set(titles).size).toBe(titles.length);
    expect(
      (await president.ok<{ projects: { nodes: unknown[] } }>(`{ projects(status: FUNDED) { nodes { id } } }`)).projects
        .nodes,
    ).toEqual([]);
  });

  it('attaches quotes (PDF or image, at most 10 MB, type read from the bytes) and serves them to those who may see the project', async () => {
    const { president, members, consultant } = world;
    const created = await createProject(world.api, members[0], { title: 'Avec devis' });
    const path = `/api/projects/${created.id}/quotes`;
    const pdf = (await (await upload(members[0], path, PDF, 'application/pdf', 'devis.pdf')).json()) as {
      quoteId: string;
    };
    expect(pdf.quoteId).toBeDefined();
    expect((await upload(members[0], path, PNG, 'image/png')).status).toBe(200);
    const fake = await upload(members[0], path, Buffer.from('MZ not really a pdf'), 'application/pdf', 'devis.pdf');
    expect(await fake.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: 'Le fichier doit être un PDF ou une image PNG, JPEG ou WebP.' }],
    });
    const big = await upload(members[0], path, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf');
    expect(await big.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: 'Le fichier ne doit pas dépasser 10 Mo.' }],
    });
    expect((await upload(members[1], path, PDF, 'application/pdf')).status).toBe(403);
    const quotes = (
      await president.ok<{ project: { quotes: { id: string; mimeType: string; url: string }[] } }>(
        `query($id: ID!) { project(id: $id) { quotes { id mimeType url } } }`,
        { id: created.id },
      )
    ).project.quotes;
    expect(quotes.map((q) => q.mimeType)).toEqual(['application/pdf', 'image/png']);
    const download = await members[1].fetch(quotes[0].url);
    expect(download.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect([download.headers.get('cache-control'), download.headers.get('x-content-type-options')]).toEqual([
      'private, max-age=300',
      'nosniff',
    ]);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    const etag = download.headers.get('etag') ?? '';
    expect((await members[1].fetch(quotes[0].url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await consultant.fetch(quotes[0].url)).status).toBe(404);

    // Removing a quote: those who may edit the project; its download is gone (404), the other stays.
    const remove = (client: typeof president, quoteId: string) =>
      client.fetch(`/api/projects/${created.id}/quotes/${quoteId}`, { method: 'DELETE' });
    expect((await remove(members[1], quotes[0].id)).status).toBe(403);
    expect((await remove(members[0], quotes[0].id)).status).toBe(204);
    expect((await members[1].fetch(quotes[0].url)).status).toBe(404);
    expect((await members[1].fetch(quotes[0].url, { headers: { 'if-none-match': etag } })).status).toBe(404);
    expect((await remove(members[0], quotes[0].id)).status).toBe(404);
    expect((await members[1].fetch(quotes[1].url)).status).toBe(200);
  });
});
