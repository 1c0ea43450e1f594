-- AlterEnum
ALTER TYPE "SupplementStatus" ADD VALUE 'withdrawn';
