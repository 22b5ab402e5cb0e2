import { describe, expect, it } from 'vitest';
import { searchable, searchFiches } from '@/utils/fiche/search';
import type { FicheSummary } from '@/utils/fiche/summary';

const entry = (numero: string, intitule: string): FicheSummary => ({
  numero,
  intitule,
  repertoire: numero.startsWith('RS') ? 'RS' : 'RNCP',
  etat: 'Publiée',
  actif: true,
});
const entries = searchable([
  entry('RNCP35419', 'Expert en ingénierie du logiciel'),
  entry('RNCP3541', 'Technicien de maintenance'),
  entry('RS5568', 'Référent cybersécurité en TPE/PME'),
  entry('RNCP37488', 'Cybersécurité'),
  entry('RS354', 'Sauveteur secouriste du travail'),
]);
const numbers = (q: string) => searchFiches(entries, q).hits.map((h) => h.numero);

describe('searchFiches', () => {
  it('finds by number, exact first, with or without the repertoire', () => {
    expect(numbers('3541')).toEqual(['RNCP3541', 'RNCP35419']);
    expect(numbers('rncp 354')).toEqual(['RNCP3541', 'RNCP35419']);
    expect(numbers('RS354')).toEqual(['RS354']);
    expect(numbers('354')).toEqual(['RS354', 'RNCP3541', 'RNCP35419']);
  });

  it('finds by words of the title, accents and case aside, titles starting with the query first', () => {
    expect(numbers('cybersecurite')).toEqual(['RNCP37488', 'RS5568']);
    expect(numbers('logiciel INGÉNIERIE')).toEqual(['RNCP35419']);
    expect(numbers('tpe pme')).toEqual(['RS5568']);
    expect(numbers('boulanger')).toEqual([]);
  });

  it('shows the first fiches and counts all of them', () => {
    expect(searchFiches(entries, '', 2)).toMatchObject({ total: 5 });
    expect(searchFiches(entries, '', 2).hits).toHaveLength(2);
  });
});
