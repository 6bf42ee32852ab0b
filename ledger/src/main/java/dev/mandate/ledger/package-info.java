/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The outputs that offices and newsrooms use, over one or many parsed documents: {@link dev.mandate.ledger.LedgerWriter}
 * writes the ledger (台账) of measures as XLSX or CSV, {@link dev.mandate.ledger.ReportWriter} a self-contained HTML
 * report with a responsibility matrix. Both count agencies once under their canonical names, through
 * {@link dev.mandate.model.Corpus}. This module depends on the model only, so that the parser stays light.
 */
package dev.mandate.ledger;
