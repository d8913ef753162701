/**
 * `individualPlanSection`: the My Individual Plan part of a mentee's page
 * (`HubSection.astro`): the current plan's goals, "Change my plan" (a new version), print,
 * and the earlier versions. Reads the plans from the mentee page (`HubScope`).
 */
import { t } from '~/i18n/mentees';
import { getRecord, startNewVersion, toStorageError, type StoredRecord } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { newRecordHref, paperHref, recordHref } from '~/lib/urls';
import { defineChildComponent } from '~/scripts/components/define-component';
import type { HubScope } from '~/scripts/components/hub';
import { changedPlanData, listRow, planVersions, type PlanRow } from './list';

/** Registered by `HubSection.astro` with `registerComponent('individualPlanSection', individualPlanSection)`. */
export function individualPlanSection() {
  return defineChildComponent<HubScope>()({
    formId: '',
    current: undefined as PlanRow | undefined,
    earlier: [] as PlanRow[],

    init() {
      this.formId = this.$el.dataset['formId'] ?? '';
      this.$watch('version', () => this.refresh());
      this.refresh();
    },
    refresh() {
      const { current, earlier } = planVersions(this.recordsOf(this.formId));
      this.current = current ? listRow(current) : undefined;
      this.earlier = earlier.map((r: StoredRecord) => listRow(r));
    },

    get hasPlan(): boolean {
      return this.current !== undefined;
    },
    get planGoals(): string[] {
      return this.current?.goals ?? [];
    },
    get planReviewedText(): string {
      return this.current?.detail ?? '';
    },
    get planHref(): string {
      return this.current ? recordHref(this.formId, this.current.id) : newRecordHref(this.formId, this.personId);
    },
    get planPaperHref(): string {
      return this.current ? paperHref(this.formId, { record: this.current.id }) : '';
    },
    get planHistory(): { id: string; label: string; href: string }[] {
      return this.earlier.map((p: PlanRow) => ({
        id: p.id,
        label: t('mentees.planVersion', { reviewed: p.detail, goals: p.title }),
        href: paperHref(this.formId, { record: p.id }),
      }));
    },

    async changePlan() {
      const plan = this.current;
      if (!plan) return;
      try {
        const saved = await getRecord(plan.id);
        // A change of this plan is already started (a correction not signed yet): go on with it.
        if (saved?.supersededBy !== undefined && (await getRecord(saved.supersededBy)) !== undefined) {
          location.assign(recordHref(this.formId, saved.supersededBy));
          return;
        }
        const next = await startNewVersion(plan.id, { data: changedPlanData(saved?.data ?? {}, new Date()) });
        location.assign(recordHref(this.formId, next.id));
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
    },
  });
}
