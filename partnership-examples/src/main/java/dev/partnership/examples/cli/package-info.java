/**
 * The {@code partnership} command line for people who are not Java developers: {@link
 * dev.partnership.examples.cli.PartnershipCli} with the subcommands {@code report}, {@code power}
 * and {@code iati}. Built as a runnable jar by the examples module.
 */
package dev.partnership.examples.cli;
