import { describe, expect, it } from 'vitest';
import { linkCommentsCli } from '../../../scripts/cli/link-comments';
import { cliRunner } from '../../helpers/cli';

const cli = cliRunner('link-comments', linkCommentsCli);
const run = (args: string[], input: string) => cli.run(args, { input });

describe('link-comments CLI', () => {
  it('prints one JSON entry per comment', async () => {
    const args = ['--repertoire', 'RNCP', '--filed-on', '2025-11-02'];
    const input =
      'Madame,\n\n1. La composition du jury VAE n’est pas précisée.\n2. Critère 2° bis : CV manquants.\n\nCordialement';
    const result = await run(args, input);
    expect(result.status).toBe(0);
    // `npm run link-comments` (tsx on the source) answers the same.
    expect(cli.viaNpmScript(args, { input })).toMatchObject({ status: 0, stdout: result.stdout });
    const out = JSON.parse(result.stdout);
    expect(out).toHaveLength(2);
    expect(Object.keys(out[0]).sort()).toEqual(['confidence', 'criterion', 'fields', 'runnerUp', 'text']);
    expect(out[0]).toMatchObject({ criterion: '6', text: 'La composition du jury VAE n’est pas précisée.' });
    expect(out[1].criterion).toBe('2 bis');
  });

  it('reads one comment per line with --lines', async () => {
    const result = await run(
      ['--repertoire', 'RS', '--lines'],
      'Critère 3 : le règlement de certification n’est pas fourni.\nLa branche professionnelle n’a pas été associée à l’élaboration du référentiel.\n',
    );
    expect(JSON.parse(result.stdout).map((i: { criterion: string }) => i.criterion)).toEqual(['3', '6']);
  });

  it('reads a whole letter with --letter: remarks, deadline from the day received, ignored lines', async () => {
    const letter =
      'Objet : Demande n° 51877\n\nBonjour,\n\nIl manque les éléments suivants :\n\n- Critère 2° bis : les CV des formateurs ne sont pas joints ;\n- la composition du jury VAE n’est pas précisée.\n\nMerci de me faire parvenir ces éléments sous quinze jours.\n\nPaul Durand';
    const result = await run(['--repertoire', 'RNCP', '--letter', '--received-on', '2026-02-03'], letter);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out).sort()).toEqual(['deadline', 'ignored', 'items']);
    expect(out.deadline).toBe('2026-02-18');
    expect(out.items.map((i: { criterion: string }) => i.criterion)).toEqual(['2 bis', '6']);
    expect(Object.keys(out.items[0]).sort()).toEqual([
      'confidence',
      'criterion',
      'fields',
      'runnerUp',
      'text',
    ]);
    expect(out.ignored).toEqual([
      'Objet : Demande n° 51877',
      'Bonjour,',
      'Il manque les éléments suivants :',
      'Merci de me faire parvenir ces éléments sous quinze jours.',
      'Paul Durand',
    ]);
  });

  it('gives a null deadline when the letter sets none', async () => {
    const result = await run(
      ['--repertoire', 'RS', '--letter'],
      'Bonjour,\n\nLe règlement de certification n’est pas fourni.\n\nCordialement',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      deadline: null,
      ignored: ['Bonjour,', 'Cordialement'],
    });
  });

  it.each([
    [['--repertoire', 'RS', '--letter', '--received-on', '03/02/2026'], /Date de réception invalide/],
    [['--repertoire', 'RS', '--received-on', '2026-02-03'], /ne sert qu’avec --letter/],
    [['--repertoire', 'RS', '--letter', '--lines'], /s’excluent/],
    [['--repertoire', 'XYZ'], /Répertoire inconnu/],
    [['--repertoire', 'RS', '--filed-on', '2025-13-01'], /Date de dépôt invalide/],
    [[], /--repertoire obligatoire/],
    [['--repertoire', 'RS', '--verbose'], /Option inconnue/],
  ])('fails with exit code 2: %j', async (args, message) => {
    const result = await run(args, 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
