/** Why shard summaries cannot be merged (another run, tool or FHIR version, a missing shard); the caller makes it a typed error. */
export class MergeRefusal extends Error {}
