import type { LintRule } from '../types.js';

const TIERS = ['detailDays', 'aggregateDays', 'logsDays', 'backupsDays', 'auditLogDays'] as const;

/** retention-missing: no retention block, or no period for event-level detail. */
export const retentionMissing: LintRule = {
  name: 'retention-missing',
  code: 'retention-missing',
  description: 'The policy declares no `retention`, or no `retention.detailDays`.',
  check: ({ policy }) => {
    const retention = policy.retention;
    if (retention === undefined) {
      return [{
        pointer: '/retention',
        message:
          'The policy declares no retention, but storage limitation (GDPR Art. 5(1)(e), CCPA 1798.100(a)(3)) needs ' +
          'a period per category: add retention.detailDays, and aggregateDays, logsDays or backupsDays where they apply.',
      }];
    }
    if (retention.detailDays !== undefined) return [];
    return [{
      pointer: '/retention/detailDays',
      message: 'The retention block gives no period for event-level data: add retention.detailDays.',
    }];
  },
};

/**
 * retention-missing (info, pitfall 15): a single retention number. Reported under retention-missing
 * (what is missing is the other tiers), not overclaim, and only as info: one number is common and
 * not wrong in itself, but it leaves logs, backups and processor copies unstated.
 */
export const retentionSingleTier: LintRule = {
  name: 'retention-single-tier',
  code: 'retention-missing',
  description: 'Only one retention tier is declared (pitfall 15: logs, backups and processor copies left unstated).',
  check: ({ policy }) => {
    const retention = policy.retention;
    if (retention?.detailDays === undefined) return [];
    if (TIERS.some((tier) => tier !== 'detailDays' && retention[tier] !== undefined)) return [];
    return [{
      pointer: '/retention',
      severity: 'info',
      message:
        'Only one retention period is declared, yet stated tiers should also cover ingest logs, backups and processor ' +
        'copies, and CCPA asks for retention per category (pitfall 15, 1798.100(a)(3)): add logsDays, backupsDays or ' +
        'aggregateDays as they apply.',
    }];
  },
};
