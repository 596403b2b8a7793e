// Independent LHE check for the LheReader tests (issue 17, defect 12). Not part of the product and not built by
// Maven: it is compiled by hand against LHEF.h, the Les Houches Event File v3 reference implementation by
// L. Lonnblad (the code of the LHEF 3.0 proposal, arXiv:1405.1067, used by Pythia 8, ThePEG/Herwig and HepMC3;
// Debian package libhepmc3-dev, /usr/include/HepMC3/LHEF.h, GPL-2). See README.md for the commands.
//
//   lhef3-tool write        writes e+e- -> mu+ mu- events at sqrt(s) = 10.58 GeV with LHEF::Writer (stdout)
//   lhef3-tool read FILE    reads FILE with LHEF::Reader and prints what it found, one line per item
#include <HepMC3/LHEF.h>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

static void write() {
  LHEF::Writer writer(std::cout);
  writer.headerBlock() << "<alpwbFixture>written by tests/lhe-fixtures/lhef3-tool.cc with LHEF::Writer</alpwbFixture>\n";
  LHEF::HEPRUP &run = writer.heprup;
  run.IDBMUP = std::make_pair(-11, 11);
  run.EBMUP = std::make_pair(5.29, 5.29);
  run.PDFGUP = std::make_pair(0, 0);
  run.PDFSUP = std::make_pair(0, 0);
  run.IDWTUP = 3;
  run.resize(1);
  run.XSECUP[0] = 803.2;
  run.XERRUP[0] = 1.5;
  run.XMAXUP[0] = 803.2;
  run.LPRUP[0] = 1;
  LHEF::XMLTag generatorTag;
  generatorTag.name = "generator";
  generatorTag.attr["name"] = "alpwb-lhef3-tool";
  generatorTag.attr["version"] = "1";
  generatorTag.contents = "LHEF.h reference writer";
  run.generators.push_back(LHEF::Generator(generatorTag));
  LHEF::XSecInfo &xsec = run.getXSecInfo();
  xsec.neve = 3;
  xsec.totxsec = 803.2;
  xsec.xsecerr = 1.5;
  // one weight group of reweighting weights (initrwgt / rwgt) and one plain weight (weightinfo / weights)
  LHEF::WeightGroup group;
  group.type = "scale variation";
  group.combine = "envelope";
  run.weightgroup.push_back(group);
  const char *names[] = {"mur=2", "mur=0.5"};
  for (int i = 0; i < 2; ++i) {
    LHEF::WeightInfo info;
    info.name = names[i];
    info.inGroup = 0;
    info.isrwgt = true;
    info.mur = i == 0 ? 2.0 : 0.5;
    run.weightmap[info.name] = run.weightinfo.size() + 1;
    run.weightinfo.push_back(info);
  }
  writer.init();

  const double beam = 5.29, mass = 0.10566;
  const double p = std::sqrt(beam * beam - mass * mass);
  const double cosTheta[] = {0.8, -0.3, 0.05};
  const double phi[] = {0.0, 1.9, -2.7};
  for (int k = 0; k < 3; ++k) {
    LHEF::HEPEUP &event = writer.hepeup;
    event.heprup = &writer.heprup;
    event.resize(4);
    event.IDPRUP = 1;
    event.XWGTUP = 803.2;
    event.SCALUP = 10.58;
    event.AQEDUP = 7.546771e-03;
    event.AQCDUP = 0.118;
    double sinTheta = std::sqrt(1 - cosTheta[k] * cosTheta[k]);
    double px = p * sinTheta * std::cos(phi[k]), py = p * sinTheta * std::sin(phi[k]), pz = p * cosTheta[k];
    long ids[] = {-11, 11, 13, -13};
    double momenta[4][5] = {{0, 0, beam, beam, 0}, {0, 0, -beam, beam, 0}, {px, py, pz, beam, mass},
                            {-px, -py, -pz, beam, mass}};
    for (int i = 0; i < 4; ++i) {
      event.IDUP[i] = ids[i];
      event.ISTUP[i] = i < 2 ? -1 : 1;
      event.MOTHUP[i] = i < 2 ? std::make_pair(0, 0) : std::make_pair(1, 2);
      event.ICOLUP[i] = std::make_pair(0, 0);
      for (int j = 0; j < 5; ++j) event.PUP[i][j] = momenta[i][j];
      event.VTIMUP[i] = 0;
      event.SPINUP[i] = 9;
    }
    event.weights.assign(3, std::make_pair(0.0, (const LHEF::WeightInfo *)nullptr));
    event.weights[0].first = event.XWGTUP;
    event.namedweights.clear();
    for (int i = 0; i < 2; ++i) {
      event.weights[i + 1] = std::make_pair(803.2 * (i == 0 ? 0.97 : 1.04), &run.weightinfo[i]);
      LHEF::Weight weight;
      weight.name = names[i];
      weight.iswgt = true;
      weight.indices.push_back(i + 1);
      weight.weights.push_back(803.2 * (i == 0 ? 0.97 : 1.04));
      event.namedweights.push_back(weight);
    }
    event.scales.muf = 10.58;
    event.scales.mur = 10.58;
    event.scales.mups = 5.0; // differs from SCALUP: the writer prints a scales tag
    event.clustering.clear();
    LHEF::Clus clus;
    clus.p1 = 3;
    clus.p2 = 4;
    clus.p0 = 3;
    clus.scale = 10.58;
    event.clustering.push_back(clus);
    writer.writeEvent();
  }
}

static int read(const char *file) {
  std::ifstream in(file);
  if (!in) {
    std::cerr << "cannot open " << file << "\n";
    return 1;
  }
  LHEF::Reader reader(in);
  const LHEF::HEPRUP &run = reader.heprup;
  std::printf("version %d\n", reader.version);
  std::printf("beams %ld %ld %.10g %.10g\n", (long)run.IDBMUP.first, (long)run.IDBMUP.second, run.EBMUP.first,
              run.EBMUP.second);
  std::printf("idwtup %d nprup %d xsecup %.10g\n", run.IDWTUP, run.NPRUP, run.NPRUP > 0 ? run.XSECUP[0] : 0.0);
  std::printf("weightinfo %zu weightgroups %zu generators %zu\n", run.weightinfo.size(), run.weightgroup.size(),
              run.generators.size());
  int events = 0;
  while (reader.readEvent()) {
    const LHEF::HEPEUP &event = reader.hepeup;
    if (event.isGroup) {
      for (const LHEF::HEPEUP *sub : event.subevents) {
        ++events;
        std::printf("event %d (in group) nup %d xwgtup %.10g\n", events, sub->NUP, sub->XWGTUP);
      }
      continue;
    }
    ++events;
    double e = 0, pz = 0;
    std::printf("event %d nup %d xwgtup %.10g ids", events, event.NUP, event.XWGTUP);
    for (int i = 0; i < event.NUP; ++i) {
      std::printf(" %ld", (long)event.IDUP[i]);
      if (event.ISTUP[i] == 1) {
        e += event.PUP[i][3];
        pz += event.PUP[i][2];
      }
    }
    std::printf(" final-E %.10g final-pz %.3g weights %zu\n", e, pz, event.weights.size());
  }
  std::printf("events %d\n", events);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && std::string(argv[1]) == "write") {
    write();
    return 0;
  }
  if (argc == 3 && std::string(argv[1]) == "read") return read(argv[2]);
  std::cerr << "usage: lhef3-tool write | lhef3-tool read FILE\n";
  return 2;
}
