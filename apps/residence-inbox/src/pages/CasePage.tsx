import { CaseView } from '@loket/ui';

export function CasePage({ id }: { id: string }) {
  return <CaseView id={id} part="residence" />;
}
