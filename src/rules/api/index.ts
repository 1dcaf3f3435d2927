import type { Rule } from '../types.js';
import { apiWorkloadSpec } from './apps.js';
import { apiHorizontalPodAutoscaler } from './autoscaling.js';
import { apiJobSpec } from './batch.js';
import { apiConfigData } from './core-config.js';
import { apiContainer, apiEnv, apiProbe } from './core-containers.js';
import { apiPodSpec, apiScheduling, apiSecurityContext } from './core-pod.js';
import { apiPersistentVolumeClaim } from './core-pvc.js';
import { apiService } from './core-service.js';
import { apiVolume, apiVolumeMount } from './core-volumes.js';
import { apiIngress, apiNetworkPolicy } from './networking.js';
import { apiPodDisruptionBudget } from './policy.js';
import { apiRbac } from './rbac.js';

/**
 * The API server's own validation, ported from kubernetes/kubernetes (pkg/apis/<group>/validation): what a
 * rendered manifest can violate without a schema error. One file per Kubernetes validation source, each
 * rule naming the function it mirrors. In the order of the README rules table.
 */
export const API_RULES: readonly Rule[] = [
  apiVolume,
  apiVolumeMount,
  apiContainer,
  apiProbe,
  apiEnv,
  apiSecurityContext,
  apiPodSpec,
  apiScheduling,
  apiService,
  apiConfigData,
  apiPersistentVolumeClaim,
  apiWorkloadSpec,
  apiJobSpec,
  apiIngress,
  apiNetworkPolicy,
  apiPodDisruptionBudget,
  apiHorizontalPodAutoscaler,
  apiRbac,
];
