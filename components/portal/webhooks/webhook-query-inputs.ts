// The inputs of the webhook lists, shared by the page's server prefetch and the client list so both use one query key.

export const endpointListInput = (businessId: string) => ({ businessId, limit: 25 });

export const deliveryListInput = (businessId: string, endpointId: string) => ({ businessId, endpointId, limit: 25 });
