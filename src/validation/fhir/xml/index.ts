export {
  readFhirXml,
  type FhirXmlLimits,
  type FhirXmlPlace,
  type FhirXmlRead,
  type FhirXmlStructures,
} from './read-fhir-xml.js';
