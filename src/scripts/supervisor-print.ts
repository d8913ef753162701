/**
 * The supervisor view's print of one handover file (`/supervisor/print/?file=…`): the
 * period print (`period-print.ts`) reading the file kept in the supervisor store instead
 * of this tablet's records. The peer mentor's own records print too, after the mentees'.
 */
import { fileRecords } from '~/lib/handover/records';
import { listHandovers } from '~/lib/handover/store';
import { t } from '~/i18n/handover';
import { startPeriodPrint } from './period-print';

/** Starts the page. */
export async function startSupervisorPrint(): Promise<void> {
  const id = new URLSearchParams(location.search).get('file') ?? '';
  const kept = (await listHandovers()).find((k) => k.id === id);
  if (!kept) {
    const message = document.querySelector('[data-period-message]');
    if (message) message.textContent = t('handover.printNotFound');
    return;
  }
  const file = kept.handover;
  const { inForce } = fileRecords(file.records);
  await startPeriodPrint({
    mentor: () => Promise.resolve(file.mentor),
    person: (personId) => Promise.resolve(file.people.find((p) => p.id === personId)),
    people: () => Promise.resolve([...file.people, file.mentor]),
    records: (personId) => Promise.resolve(inForce.filter((r) => r.personId === personId)),
  });
}
