<?php
/**
 * What a screen reader announces on the Bounce Handling page beyond what
 * axe-core checks (BrowserTest): a number field's unit, and what each of the
 * page's "Copy" buttons copies.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;

final class SettingsPageAccessibilityTest extends E2eTestCase {
	private function page(): \DOMXPath {
		return new \DOMXPath( AdminPage::document( ( new AdminPage( $this->site ) )->settings() ) );
	}

	public function testTheNumberFieldsWhoseUnitIsOutsideTheirLabelAreDescribedWithIt(): void {
		$xp        = $this->page();
		$described = array();
		foreach ( array( 'quillcrm-soft-window-days', 'quillcrm-log-retention-days', 'quillcrm-rate-sample' ) as $id ) {
			$input            = $xp->document->getElementById( $id );
			$unit             = null === $input ? null : $xp->document->getElementById( (string) $input->getAttribute( 'aria-describedby' ) );
			$described[ $id ] = null === $unit ? null : strtok( trim( $unit->textContent ), ':. ' );
		}

		$this->assertSame(
			array(
				'quillcrm-soft-window-days'   => 'Days',
				'quillcrm-log-retention-days' => 'Days',
				'quillcrm-rate-sample'        => 'Sends',
			),
			$described
		);
	}

	public function testEachCopyButtonSaysWhatItCopies(): void {
		$labels = array();
		foreach ( $this->page()->query( '//button[@data-quillcrm-copy]' ) as $button ) {
			$labels[] = $button->getAttribute( 'aria-label' );
		}

		$this->assertContains( 'Copy the webhook URL', $labels );
		$this->assertContains( 'Copy the delivery policy', $labels );
		$this->assertNotContains( '', $labels, 'no button is only "Copy"' );
	}
}
