<?php
/**
 * Pure rules of the CSV export and of the rates: which cells a spreadsheet
 * would run, and what each event counts as in the AWS-style rates.
 */

declare(strict_types=1);

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\BouncesExport;
use QuillCRM\Bounce\RecipientEvents;

final class ExportAndRatesTest extends TestCase {
	/** @return array<string, array{0: string, 1: string}> */
	public static function cells(): array {
		return array(
			'formula'          => array( '=1+1', "'=1+1" ),
			'plus'             => array( '+1', "'+1" ),
			'minus'            => array( '-1', "'-1" ),
			'at'               => array( '@SUM(A1)', "'@SUM(A1)" ),
			'tab'              => array( "\t=1", "'\t=1" ),
			'carriage return'  => array( "\r=1", "'\r=1" ),
			'plain diagnostic' => array( 'smtp; 550 5.1.1 user unknown', 'smtp; 550 5.1.1 user unknown' ),
			'equals later'     => array( 'a=b', 'a=b' ),
			'empty'            => array( '', '' ),
		);
	}

	/** @dataProvider cells */
	public function testACellThatASpreadsheetWouldRunIsNeutralised( string $cell, string $written ): void {
		$this->assertSame( $written, BouncesExport::neutralise( $cell ) );
	}

	public function testEveryCellIsQuotedSoThatASemicolonCannotStartAFormulaCell(): void {
		// Read with ";" as the list separator, an unquoted smtp;=1+2 is two cells, the second a formula.
		$this->assertSame( "\"smtp;=1+2\",\"a \"\"quoted\"\" b\",\"'=1\"\n", BouncesExport::line_of( array( 'smtp;=1+2', 'a "quoted" b', '=1' ) ) );
	}

	/** @return array<string, array{0: string, 1: ?string, 2: string}> */
	public static function kinds(): array {
		return array(
			'delivery'                  => array( 'delivery', null, 'delivery' ),
			'hard bounce'               => array( 'hard', 'Permanent/General', 'hard' ),
			'soft bounce'               => array( 'soft', 'Transient/MailboxFull', 'bounce' ),
			'complaint'                 => array( 'complaint', null, 'complaint' ),
			'account suppression list'  => array( 'hard', 'Permanent/OnAccountSuppressionList', '' ),
			'global suppression list'   => array( 'hard', 'Permanent/Suppressed', '' ),
			'suppression-list complaint' => array( 'complaint', 'Complaint/OnAccountSuppressionList', '' ),
		);
	}

	/** @dataProvider kinds */
	public function testWhatEachEventCountsAsInTheRates( string $class, ?string $reason, string $kind ): void {
		$this->assertSame( $kind, RecipientEvents::rate_kind( $class, $reason ) );
	}
}
