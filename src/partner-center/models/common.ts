/**
 * Building blocks of the lenient models. Partner Center adds properties and enum values in
 * production all the time (the samples are 2015-2020 shapes; `README.md` of pc-samples), so:
 * unknown properties pass through (`z.looseObject`), enum-like fields are plain strings typed with
 * their known values, dates stay ISO strings (the docs even show "2015-11-25T06: 41: 12Z"), `null`
 * means absent, and almost everything is optional except ids.
 *
 * `null` is removed from the whole body once, before parsing (`parseModel`), not by a preprocess
 * on every object: a per-object preprocess turns off zod's compiled fast path and made parsing a
 * 500-customer page about 4x slower (8 ms instead of 2 ms; `npm run bench:sandbox`).
 */
import { z } from 'zod';

/** A lenient object: extra properties kept. Parse bodies with `parseModel`, which drops nulls. */
export function pcObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape);
}

/**
 * Deletes every `null` property of `value` and of the objects inside it, in place: the service
 * writes `null` for "absent". Only for freshly parsed JSON that nobody else holds.
 */
function dropNullsInPlace(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') dropNullsInPlace(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (child === null) delete record[key];
      else if (typeof child === 'object') dropNullsInPlace(child);
    }
  }
  return value;
}

/**
 * Parses freshly parsed JSON (a response body, a sample) with a model schema, `null` read as
 * absent. The one way bodies are parsed; it changes `json` in place.
 */
export function safeParseModel<S extends z.ZodType>(
  schema: S,
  json: unknown,
  /** `false` when the caller knows there is no `null` in `json` (its text has none). */
  mayHoldNulls = true,
): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(mayHoldNulls ? dropNullsInPlace(json) : json) as z.ZodSafeParseResult<
    z.output<S>
  >;
}

/** `safeParseModel` that throws the ZodError (tests, and callers that hold trusted JSON). */
export function parseModel<S extends z.ZodType>(schema: S, json: unknown): z.output<S> {
  const result = safeParseModel(schema, json);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * An enum-like string: typed with its known values for autocompletion, parsed as any string so a
 * new value never breaks a list (the values document the contract).
 */
export function looseEnum<const T extends readonly string[]>(
  _knownValues: T,
): z.ZodType<T[number] | (string & {})> {
  return z.string() as unknown as z.ZodType<T[number] | (string & {})>;
}

/** `Link` ([SWAGGER] `Link`): `uri` is relative to the API root, with or without `/v1`. */
export const LinkSchema = pcObject({
  uri: z.string().optional(),
  method: z.string().optional(),
  body: z.string().optional(),
  headers: z.array(pcObject({ key: z.string(), value: z.string().optional() })).optional(),
});
export type Link = z.infer<typeof LinkSchema>;

export const ResourceLinksSchema = pcObject({
  self: LinkSchema.optional(),
  next: LinkSchema.optional(),
  previous: LinkSchema.optional(),
});
export type ResourceLinks = z.infer<typeof ResourceLinksSchema>;

/** `attributes`: every resource has `objectType`; mutable ones carry `etag` for concurrency. */
export const AttributesSchema = pcObject({
  etag: z.string().optional(),
  objectType: z.string().optional(),
});
export type Attributes = z.infer<typeof AttributesSchema>;

export const AddressSchema = pcObject({
  country: z.string().optional(),
  region: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  addressLine3: z.string().optional(),
  postalCode: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phoneNumber: z.string().optional(),
});
export type Address = z.infer<typeof AddressSchema>;

/**
 * The collection envelope of every Partner Center list ([SWAGGER] `ResourceCollection`):
 * `totalCount` is the number of items in THIS page; `links.next` and `continuationToken` appear
 * only when more pages exist. `items` must be an array: anything else is an unusable response.
 */
export function collectionSchema<Item extends z.ZodType>(item: Item) {
  return pcObject({
    totalCount: z.number().optional(),
    items: z.array(item),
    links: ResourceLinksSchema.optional(),
    continuationToken: z.string().optional(),
    attributes: AttributesSchema.optional(),
  });
}
export type Collection<Item> = {
  totalCount?: number;
  items: Item[];
  links?: ResourceLinks;
  continuationToken?: string;
  attributes?: Attributes;
};
