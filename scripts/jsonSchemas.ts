/** The JSON Schemas the app publishes in static/, from the valibot schemas the app validates with. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FrameworkSchema } from '../src/lib/model/schema';
import { AssessmentSchema } from '../src/lib/model/assessmentFile';

export const JSON_SCHEMAS: { file: string; text: () => string }[] = [
  {
    file: 'framework.schema.json',
    text: () =>
      `${JSON.stringify(
        {
          ...toJsonSchema(FrameworkSchema),
          $id: 'framework.schema.json',
          title: 'Pathway Explorer framework file',
          description:
            'A skills framework: roles, their levels (with tracks and next steps), skills, and the proficiency each level asks for.',
        },
        null,
        2,
      )}\n`,
  },
  {
    file: 'assessment.schema.json',
    text: () =>
      `${JSON.stringify(
        {
          ...toJsonSchema(AssessmentSchema),
          $id: 'assessment.schema.json',
          title: 'Pathway Explorer assessment file',
          description:
            "A person's rating of each skill of one role (a proficiency id of the framework's scale, or null for not yet), on one day, by themselves or their manager, towards a target level (null: the next level on each track).",
        },
        null,
        2,
      )}\n`,
  },
];
