/** The end-to-end platform's ports, apart from a developer's `pnpm start` on the defaults. */
export const ports = {
  api: 4100,
  idp: 4101,
  s3: 4102,
  postgres: 5443,
  portal: 5273,
  workInbox: 5274,
  residenceInbox: 5275,
  statistics: 5276,
  mail: 4103,
};

export const urls = {
  api: `http://localhost:${ports.api}`,
  portal: `http://localhost:${ports.portal}`,
  workInbox: `http://localhost:${ports.workInbox}`,
  residenceInbox: `http://localhost:${ports.residenceInbox}`,
  statistics: `http://localhost:${ports.statistics}`,
};
