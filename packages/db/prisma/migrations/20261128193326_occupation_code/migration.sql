-- AlterTable
ALTER TABLE "application" ADD COLUMN     "occupation_code" CHAR(4);
