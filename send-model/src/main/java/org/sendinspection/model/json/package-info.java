/**
 * The versioned JSON wire format of area records, behind {@link
 * org.sendinspection.model.json.AreaRecordCodec}; no Jackson type is part of this API.
 */
package org.sendinspection.model.json;
