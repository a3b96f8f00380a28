<?php
/**
 * The pure parts of "Set up in AWS" and the doctor: what a run amounts to,
 * which status a check shows, AWS's rates from its counts.
 */

declare(strict_types=1);

namespace QuillCRM\Bounce\Tests;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\AwsDoctor;
use QuillCRM\Bounce\AwsSetup;
use QuillCRM\Bounce\SettingsPage;

final class AwsSetupAndDoctorTest extends TestCase {
	private static function run_of( bool $ok, string ...$outcomes ): array {
		return array(
			'ok'    => $ok,
			'steps' => array_map( static fn( string $o ): array => array( 'outcome' => $o ), $outcomes ),
		);
	}

	public function testOnAMultisiteNetworkOnlyANetworkAdministratorMayActWithTheServersAwsCredentials(): void {
		$this->assertSame( 'manage_network_options', SettingsPage::server_capability_on( true ) );
	}

	public function testOnASingleSiteTheSettingsCapabilityMayActWithTheServersAwsCredentials(): void {
		$this->assertSame( 'manage_options', SettingsPage::server_capability_on( false ) );
	}

	public function testARunWhoseStepsWereAllAlreadySoSaysNothingChanged(): void {
		$this->assertSame( 'unchanged', AwsSetup::run_summary( self::run_of( true, 'already', 'already' ) ) );
	}

	public function testARunWithAStepNotDoneYetSaysSoEvenWhenOthersChanged(): void {
		// A pending subscription leaves its attributes and email forwarding for the next run.
		$this->assertSame( 'incomplete', AwsSetup::run_summary( self::run_of( true, 'already', 'skipped' ) ) );
		$this->assertSame( 'incomplete', AwsSetup::run_summary( self::run_of( true, 'created', 'skipped' ) ) );
	}

	public function testARunThatCreatedOrChangedSomethingIsDone(): void {
		$this->assertSame( 'done', AwsSetup::run_summary( self::run_of( true, 'already', 'changed' ) ) );
		$this->assertSame( 'done', AwsSetup::run_summary( self::run_of( true, 'created' ) ) );
	}

	public function testARunWithAFailedStepOrNoStepsFailed(): void {
		$this->assertSame( 'failed', AwsSetup::run_summary( self::run_of( false, 'created', 'failed' ) ) );
		$this->assertSame( 'failed', AwsSetup::run_summary( array( 'ok' => false, 'error' => 'invalid_topic' ) ) );
	}

	public function testACheckShowsItsWorstFinding(): void {
		$this->assertSame( 'critical', AwsDoctor::worst( array( 'recommended', 'critical', 'good' ) ) );
		$this->assertSame( 'recommended', AwsDoctor::worst( array( 'good', 'recommended' ) ) );
		$this->assertSame( 'good', AwsDoctor::worst( array() ) );
	}

	public function testAwsRatesAreBouncesAndComplaintsOverDeliveryAttempts(): void {
		$this->assertSame( array( 'bounce' => 5.0, 'complaint' => 0.2 ), AwsDoctor::aws_rates( array( 'delivery_attempts' => '1500', 'bounces' => '75', 'complaints' => '3' ) ) );
		$this->assertNull( AwsDoctor::aws_rates( array( 'delivery_attempts' => '0' ) ), 'no sends, no rate' );
	}
}
