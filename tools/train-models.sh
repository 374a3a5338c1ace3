#!/usr/bin/env bash
# Retrains the shipped part-of-speech and entity models from ../shared/corpora/gmb and writes them to
# src/DiplomacyNlp/Tagging/Models/ (embedded in the library at the next build). Deterministic (fixed seed).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
gmb="$shared/corpora/gmb"
out=src/DiplomacyNlp/Tagging/Models
mkdir -p "$out"
dotnet build src/DiplomacyNlp.Cli -c Release -v q -nologo
cli="dotnet src/DiplomacyNlp.Cli/bin/Release/net10.0/diplomacy-nlp.dll"
$cli train --kind pos --train "$gmb/gmb.train.conll" --dev "$gmb/gmb.dev.conll" --out "$out/pos.bin" --epochs 5 --seed 17
$cli train --kind ner --train "$gmb/gmb_titles.train.conll" --dev "$gmb/gmb_titles.dev.conll" --pos-model "$out/pos.bin" --out "$out/ner.bin" --epochs 6 --seed 17
