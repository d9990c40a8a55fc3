# libgoedestart - the expected survival numbers, computed independently with
# R's survival package (spec/indicators.md "Survival analysis").
# SPDX-License-Identifier: EUPL-1.2
#
#   Rscript expected.R [DIR]     (DIR defaults to the script's directory)
#
# Reads DIR/population.csv (group,time,event: the subjects of a generated
# population as the library exports them, see make-population.c) and
# survival::aml (Miller 1981), writes DIR/aml.csv (the data set as used by
# the test) and, for each of the two data sets, DIR/<name>-km.csv and
# DIR/<name>-tests.csv, which tests/test-survival.c compares with the
# library to 1e-6 without needing R.
#
# - Kaplan-Meier: survfit(conf.type = "log-log"), one row per distinct event
#   time: n.risk, n.event, n.censor (at that time), surv, the standard error
#   of the survival (Greenwood: survfit's std.err is that of the cumulative
#   hazard, so it is multiplied by surv) and the 95% interval.
# - log-rank: survdiff(rho = 0).
# - Tarone-Ware (weights sqrt(n)) and Gehan-Breslow (weights n) written out
#   from survfit's counts with the same hypergeometric risk-set variance
#   (Klein & Moeschberger section 7.3). Not coin/survMisc: coin scales by a
#   permutation variance, which is not like for like.
# Groups are ordered in byte order (the library's order); the last group is
# dropped from the variance, which leaves the statistic unchanged.

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else {
  f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  if (length(f) == 1) dirname(f) else "."
}

num <- function(x) ifelse(is.na(x) | is.infinite(x), "", sprintf("%.15g", x))

km_rows <- function(d) {
  out <- list()
  for (g in sort(unique(d$group), method = "radix")) {
    s <- d[d$group == g, ]
    fit <- survfit(Surv(time, event) ~ 1, data = s, conf.type = "log-log")
    i <- fit$n.event > 0
    out[[g]] <- data.frame(group = g, time = fit$time[i], at_risk = fit$n.risk[i],
                           events = fit$n.event[i], censored = fit$n.censor[i],
                           survival = num(fit$surv[i]),
                           se = num(fit$std.err[i] * fit$surv[i]),
                           lower = num(fit$lower[i]), upper = num(fit$upper[i]))
  }
  do.call(rbind, out)
}

weighted_test <- function(d, weight) {
  groups <- sort(unique(d$group), method = "radix")
  times <- sort(unique(d$time[d$event == 1]))
  fit <- survfit(Surv(time, event) ~ group, data = d)
  sm <- summary(fit, times = times, extend = TRUE)
  k <- length(groups)
  # at-risk and event counts per (time, group) from survfit
  n <- matrix(0, length(times), k)
  e <- matrix(0, length(times), k)
  strata <- sub("^group=", "", as.character(sm$strata))
  for (j in seq_len(k)) {
    r <- strata == groups[j]
    n[match(sm$time[r], times), j] <- sm$n.risk[r]
    e[match(sm$time[r], times), j] <- sm$n.event[r]
  }
  N <- rowSums(n)
  D <- rowSums(e)
  w <- switch(weight, "log-rank" = rep(1, length(N)), "tarone-ware" = sqrt(N),
              "gehan-breslow" = N)
  U <- colSums(w * (e - n * D / N))
  V <- matrix(0, k, k)
  f <- ifelse(N > 1, w^2 * D * (N - D) / (N - 1), 0)
  for (a in seq_len(k)) for (b in seq_len(k)) {
    V[a, b] <- sum(f * (n[, a] / N) * ((a == b) - n[, b] / N))
  }
  m <- k - 1
  chisq <- as.numeric(t(U[1:m]) %*% solve(V[1:m, 1:m, drop = FALSE], U[1:m]))
  c(chisq = chisq, df = m, p = pchisq(chisq, m, lower.tail = FALSE))
}

tests <- function(d) {
  lr <- survdiff(Surv(time, event) ~ group, data = d, rho = 0)
  k <- length(unique(d$group))
  lr_row <- c(chisq = lr$chisq, df = k - 1, p = pchisq(lr$chisq, k - 1, lower.tail = FALSE))
  # the written-out log-rank must agree with survdiff
  own <- weighted_test(d, "log-rank")
  stopifnot(abs(own["chisq"] - lr$chisq) < 1e-9 * max(1, lr$chisq))
  rows <- rbind(lr_row, weighted_test(d, "tarone-ware"), weighted_test(d, "gehan-breslow"))
  data.frame(test = c("log-rank", "tarone-ware", "gehan-breslow"), chisq = num(rows[, "chisq"]),
             df = rows[, "df"], p = num(rows[, "p"]))
}

write <- function(x, name) {
  write.csv(x, file.path(dir, name), row.names = FALSE, quote = FALSE)
}

aml_d <- data.frame(group = as.character(aml$x), time = aml$time, event = aml$status)
write(aml_d, "aml.csv")
write(km_rows(aml_d), "aml-km.csv")
write(tests(aml_d), "aml-tests.csv")

pop <- read.csv(file.path(dir, "population.csv"), colClasses = c("character", "integer", "integer"))
write(km_rows(pop), "population-km.csv")
write(tests(pop), "population-tests.csv")
cat("R", R.version$major, R.version$minor, "survival", as.character(packageVersion("survival")),
    ": wrote aml and population expectations to", dir, "\n")
