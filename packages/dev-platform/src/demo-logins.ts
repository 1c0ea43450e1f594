/** The demo users of infra/keycloak/loket-realm.json, as printed for a newcomer. Password: demo. */
export const demoLogins = [
  { username: 'anna', who: 'applicant, Brouwerij De Klok NV (Antwerpen, Gent)', app: 'portal' },
  { username: 'bart', who: 'applicant, Zorggroep Horizon VZW (Brussel, Leuven)', app: 'portal' },
  { username: 'sofie', who: 'agent (social secretariat) acting for both employers', app: 'portal' },
  { username: 'wout', who: 'work caseworker, Flanders', app: 'workInbox' },
  { username: 'bruno', who: 'work caseworker, Brussels', app: 'workInbox' },
  { username: 'rita', who: 'residence officer, Immigration Office', app: 'residenceInbox' },
  { username: 'ada', who: 'analyst (statistics only; no file access)', app: 'statistics' },
  { username: 'lotte', who: 'work caseworker, Flanders (a colleague of wout: assignment)', app: 'workInbox' },
  {
    username: 'omar',
    who: 'residence officer, Immigration Office (a colleague of rita)',
    app: 'residenceInbox',
  },
  {
    username: 'tom',
    who: "team lead, work service Flanders (his team's files and the statistics)",
    app: 'workInbox',
  },
  {
    username: 'nadia',
    who: "team lead, Immigration Office (her team's files and the statistics)",
    app: 'residenceInbox',
  },
] as const;
