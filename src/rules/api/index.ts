import type { Rule } from '../types.js';

/**
 * The API server's own validation, ported from kubernetes/kubernetes (pkg/apis/<group>/validation): what a
 * rendered manifest can violate without a schema error. One file per Kubernetes validation source, each
 * rule naming the function it mirrors. In the order of the README rules table.
 */
export const API_RULES: readonly Rule[] = [];
