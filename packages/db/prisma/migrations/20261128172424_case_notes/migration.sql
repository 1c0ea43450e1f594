-- CreateTable
CREATE TABLE "case_note" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "part" "Part" NOT NULL,
    "author_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_note_application_id_part_created_at_idx" ON "case_note"("application_id", "part", "created_at");

-- AddForeignKey
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
