/**
 * Building blocks of the lenient models. Partner Center adds properties and enum values in
 * production all the time (the samples are 2015-2020 shapes; `README.md` of pc-samples), so:
 * unknown properties pass through (`z.looseObject`), enum-like fields are plain strings typed with
 * their known values, dates stay ISO strings (the docs even show "2015-11-25T06: 41: 12Z"), `null`
 * means absent, and almost everything is optional except ids.
 *
 * Bodies are parsed with `parseModel` (parse-model.ts): it removes `null` once for the whole body
 * and checks it without copying. The models themselves stay plain: no transforms, no preprocess.
 */
import { z } from 'zod';

/** A lenient object: extra properties kept. Parse bodies with `parseModel`, which drops nulls. */
export function pcObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape);
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
const envelopes = new WeakMap<z.ZodType, z.ZodType>();
type CollectionSchema<Item extends z.ZodType> = ReturnType<typeof envelopeOf<Item>>;

export function collectionSchema<Item extends z.ZodType>(item: Item): CollectionSchema<Item> {
  // One envelope per item model, so its compiled validator (parse-model.ts) is built once.
  const known = envelopes.get(item);
  if (known) return known as CollectionSchema<Item>;
  const envelope = envelopeOf(item);
  envelopes.set(item, envelope);
  return envelope;
}

function envelopeOf<Item extends z.ZodType>(item: Item) {
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
