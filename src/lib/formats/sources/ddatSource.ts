import type { Framework, Source, Track } from '../../model/types';
import { FORMAT_VERSION } from '../../model/types';
import { parseProficiencyScale } from './proficiencyScale';
import { parseRolePage } from './govukRolePage';
import { convertDdatCsv, type CsvReport } from '../read/ddatCsv';

export const DDAT_TRACKS: Track[] = [
  { id: 'technical', name: 'Technical' },
  { id: 'management', name: 'Management' },
];

export const DEVOPS_2020_SOURCE: Source = {
  title: 'Development operations (DevOps) engineer',
  publisher: 'Central Digital and Data Office (CDDO)',
  published: '2020-01-07',
  url: 'https://www.gov.uk/guidance/development-operations-devops-engineer',
  licence: 'Open Government Licence v3.0',
  licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Source: DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.',
};

/** The app's built-in framework: the DevOps engineer role page and the 2020 skill levels. */
export function buildDevopsFramework(pageText: string, skillLevelsText: string): Framework {
  const proficiencies = parseProficiencyScale(skillLevelsText, 'skill-levels-2020.md');
  const role = parseRolePage(pageText, {
    file: 'devops-engineer-2020.txt',
    proficiencies,
    tracks: DDAT_TRACKS,
  });
  return {
    formatVersion: FORMAT_VERSION,
    id: 'ddat-devops-engineer-2020',
    name: 'DDaT Capability Framework',
    source: DEVOPS_2020_SOURCE,
    proficiencies,
    tracks: DDAT_TRACKS,
    roles: [{ ...role, family: 'IT operations' }],
  };
}

export const DDAT_2025_SOURCE: Source = {
  title: 'DDaT Capability Framework: role and skill content (CSV downloads, 2025 edition)',
  publisher: 'Central Digital and Data Office (CDDO)',
  published: '2025',
  url: 'https://www.gov.uk/government/collections/digital-data-and-technology-profession-capability-framework',
  licence: 'Open Government Licence v3.0',
  licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Source: DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.',
};

/** The whole 2025 framework (52 roles) from its official CSV downloads. */
export function buildDdat2025Framework(
  rolesText: string,
  skillsText: string | undefined,
  skillLevelsText: string,
): { framework: Framework; report: CsvReport } {
  return convertDdatCsv(rolesText, skillsText, {
    rolesFile: 'roles.csv',
    skillsFile: 'skills.csv',
    id: 'ddat-2025',
    name: 'DDaT Capability Framework (2025)',
    source: DDAT_2025_SOURCE,
    proficiencies: parseProficiencyScale(skillLevelsText, 'skill-levels-2020.md'),
    tracks: DDAT_TRACKS,
  });
}
